import Foundation

/// The OpenAPI 3.1 description of `/api/v1`. `OpenAPITests` checks it against the router: every
/// API route is described and every described path is routed.
enum OpenAPIDocument {
    struct Operation {
        var path: String
        var summary: String
        var parameters: [String]
        var schema: String
    }

    static let operations: [Operation] = [
        Operation(path: "/units", summary: "Units the account sees, with visibility index", parameters: [], schema: "{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Unit\"}}"),
        Operation(path: "/units/{id}", summary: "One unit (403 outside the account's units)", parameters: ["id:path"], schema: "{\"$ref\":\"#/components/schemas/Unit\"}"),
        Operation(path: "/innovations", summary: "Innovations and their state in the report week", parameters: ["unit:query"], schema: "{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Innovation\"}}"),
        Operation(path: "/posts", summary: "Stored posts, newest first, paged by cursor", parameters: ["unit:query", "innovation:query", "week:query", "platform:query", "cursor:query", "limit:query"], schema: "{\"$ref\":\"#/components/schemas/PostPage\"}"),
        Operation(path: "/sources", summary: "Channels with health, last error, next due and API token state", parameters: ["unit:query"], schema: "{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Source\"}}"),
        Operation(path: "/alerts", summary: "Alerts firing now and editors' answers", parameters: [], schema: "{\"$ref\":\"#/components/schemas/AlertList\"}"),
        Operation(path: "/report", summary: "The weekly report as JSON (as pantau report --format json)", parameters: ["week:query", "unit:query"], schema: "{\"type\":\"object\"}"),
        Operation(path: "/openapi.json", summary: "This document", parameters: [], schema: "{\"type\":\"object\"}"),
    ]

    static let schemas = """
    "Unit":{"type":"object","required":["id","name","kind","innovations","broken_channels"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"kind":{"type":"string"},"parent":{"type":["string","null"]},"visibility":{"type":["integer","null"]},"rollup_visibility":{"type":["integer","null"]},"innovations":{"type":"integer"},"broken_channels":{"type":"integer"}}},
    "Innovation":{"type":"object","required":["id","unit_id","name"],"properties":{"id":{"type":"string"},"unit_id":{"type":"string"},"name":{"type":"string"},"state":{"type":["string","null"]},"visibility":{"type":["integer","null"]},"last_post":{"type":["string","null"],"format":"date-time"},"posts_this_week":{"type":["integer","null"]}}},
    "Post":{"type":"object","required":["id","source_id","unit_id","platform","time","engagement","matches"],"properties":{"id":{"type":"integer"},"source_id":{"type":"string"},"unit_id":{"type":"string"},"platform":{"type":"string"},"url":{"type":["string","null"]},"title":{"type":["string","null"]},"time":{"type":"string","format":"date-time"},"engagement":{"type":"object","properties":{"views":{"type":"integer"},"likes":{"type":"integer"},"comments":{"type":"integer"},"shares":{"type":"integer"}}},"matches":{"type":"array","items":{"type":"object","properties":{"innovation_id":{"type":"string"},"score":{"type":"number"},"evidence":{"type":"array","items":{"type":"string"}}}}}}},
    "PostPage":{"type":"object","required":["posts"],"properties":{"posts":{"type":"array","items":{"$ref":"#/components/schemas/Post"}},"next_cursor":{"type":["string","null"]}}},
    "Source":{"type":"object","required":["id","unit_id","platform","kind","state"],"properties":{"id":{"type":"string"},"unit_id":{"type":"string"},"platform":{"type":"string"},"kind":{"type":"string"},"state":{"type":"string","enum":["ok","failing","broken","never-crawled","quarantined","token-expired"]},"last_success":{"type":["string","null"]},"last_attempt":{"type":["string","null"]},"last_error":{"type":["string","null"]},"next_due":{"type":["string","null"]},"api_state":{"type":["string","null"]}}},
    "Answer":{"type":"object","properties":{"fingerprint":{"type":"string"},"action":{"type":"string","enum":["acknowledge","silence"]},"reason":{"type":"string"},"by":{"type":"string"},"at":{"type":"string"},"until":{"type":["string","null"]}}},
    "AlertList":{"type":"object","properties":{"week":{"type":"string"},"firing":{"type":"array","items":{"type":"object","properties":{"fingerprint":{"type":"string"},"rule":{"type":"string"},"unit_id":{"type":"string"},"severity":{"type":"string"},"message":{"type":"string"},"answer":{"$ref":"#/components/schemas/Answer"}}}},"answers":{"type":"array","items":{"$ref":"#/components/schemas/Answer"}}}},
    "Error":{"type":"object","properties":{"error":{"type":"string"}}}
    """

    static let json: String = {
        var paths: [String] = []
        for op in operations {
            let params = op.parameters.map { p -> String in
                let parts = p.split(separator: ":")
                return "{\"name\":\"\(parts[0])\",\"in\":\"\(parts[1])\",\"required\":\(parts[1] == "path"),\"schema\":{\"type\":\"string\"}}"
            }.joined(separator: ",")
            paths.append("""
            "\(op.path)":{"get":{"summary":"\(op.summary)","security":[{"bearer":[]},{"cookie":[]}],"parameters":[\(params)],\
            "responses":{"200":{"description":"OK","content":{"application/json":{"schema":\(op.schema)}}},\
            "401":{"description":"No login","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}},\
            "403":{"description":"Outside the account's units","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}}}}}
            """)
        }
        return """
        {"openapi":"3.1.0","info":{"title":"Pantau API","version":"1"},"servers":[{"url":"/api/v1"}],\
        "paths":{\(paths.joined(separator: ","))},\
        "components":{"securitySchemes":{"bearer":{"type":"http","scheme":"bearer"},"cookie":{"type":"apiKey","in":"cookie","name":"pantau_session"}},\
        "schemas":{\(schemas.replacingOccurrences(of: "\n", with: ""))}}}
        """
    }()
}
