// Loopback test server lives here.
