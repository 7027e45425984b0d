// Temporary entry point in the `parse` branch: the lead registers ParseCommand in the root command.
var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "parse" { arguments.removeFirst() }
ParseCommand.main(arguments)
