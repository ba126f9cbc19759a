/// Why a request head was refused; each answers with one status and closes the connection.
enum HeadRejection: Error, Equatable, Sendable {
    case requestLineTooLong
    case headerLineTooLong
    case headerBlockTooLarge
    case tooManyHeaders
    case malformedRequestLine
    case malformedHeaderField
    case unsupportedVersion

    var status: Int {
        switch self {
        case .requestLineTooLong: 414
        case .headerLineTooLong, .headerBlockTooLarge, .tooManyHeaders: 431
        case .malformedRequestLine, .malformedHeaderField: 400
        case .unsupportedVersion: 505
        }
    }

    var phrase: String {
        switch status {
        case 414: "URI Too Long"
        case 431: "Request Header Fields Too Large"
        case 505: "HTTP Version Not Supported"
        default: "Bad Request"
        }
    }

    /// The plain-text body sent with the status.
    var message: String {
        switch self {
        case .requestLineTooLong: "The request line is too long.\n"
        case .headerLineTooLong: "A header line is too long.\n"
        case .headerBlockTooLarge: "The request headers are too large.\n"
        case .tooManyHeaders: "The request has too many headers.\n"
        case .malformedRequestLine: "The request line is malformed.\n"
        case .malformedHeaderField: "A header line is malformed.\n"
        case .unsupportedVersion: "Only HTTP/1.0 and HTTP/1.1 are served.\n"
        }
    }
}
