/// The records of a CSV text, read on its UTF-8 bytes with the rules
/// SwiftCSV's parser follows (RFC 4180 quoting, `""` for a quote, CRLF, LF or
/// CR line ends, spaces before a field skipped). SwiftCSV reads Characters one
/// by one, grapheme breaking included: on a 100,000-respondent survey export
/// that was 55% of the whole build (0.7 s of 1.3 s), against a few
/// hundredths here. The delimiter is still guessed by SwiftCSV, from the header.
enum CSVRecords {
    struct Read {
        var records: [[String]]
        /// The text ended inside a quoted field.
        var unclosed: Bool
    }

    /// A quote where none may be: the 1-based number of the record it is in.
    struct StrayQuote: Error {
        var record: Int
    }

    private enum Mode {
        /// Before a field's first byte.
        case start
        case plain
        case quoted
    }

    private static let quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    static func read(_ text: String, delimiter: UInt8) -> Result<Read, StrayQuote> {
        var text = text
        return text.withUTF8 { bytes in read(bytes, delimiter: delimiter) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Result<Read, StrayQuote> {
        var records: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var mode = Mode.start
        // In a quoted field: the last byte was a quote, which closes it unless another follows.
        // In a plain field: a quote that must be doubled.
        var pendingQuote = false
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            records.append(row)
            row = []
            row.reserveCapacity(records.first?.count ?? 8)
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            let newline = byte == lineFeed || byte == carriageReturn
            // CRLF is one line end.
            if byte == carriageReturn, index < bytes.count, bytes[index] == lineFeed, mode != .quoted || pendingQuote {
                index += 1
            }
            switch mode {
            case .start:
                if byte == quote { mode = .quoted; pendingQuote = false }
                else if byte == delimiter { endField() }
                else if newline { endRecord() }
                else if byte == space || byte == tab { continue }
                else { mode = .plain; field.append(byte) }
            case .plain:
                if pendingQuote {
                    guard byte == quote else { return .failure(StrayQuote(record: records.count + 1)) }
                    field.append(quote)
                    pendingQuote = false
                } else if byte == quote { pendingQuote = true }
                else if byte == delimiter { endField(); mode = .start }
                else if newline { endRecord(); mode = .start }
                else { field.append(byte) }
            case .quoted:
                if pendingQuote {
                    if byte == quote { field.append(quote); pendingQuote = false }
                    else if byte == delimiter { endField(); mode = .start; pendingQuote = false }
                    else if newline { endRecord(); mode = .start; pendingQuote = false }
                    else if byte == space || byte == tab { continue }
                    else { return .failure(StrayQuote(record: records.count + 1)) }
                } else if byte == quote { pendingQuote = true }
                else {
                    field.append(byte)
                    if byte == carriageReturn, index < bytes.count, bytes[index] == lineFeed { field.append(lineFeed); index += 1 }
                }
            }
        }
        let unclosed = (mode == .quoted && !pendingQuote) || (mode == .plain && pendingQuote)
        if mode != .start || !row.isEmpty { endRecord() }
        return .success(Read(records: records, unclosed: unclosed))
    }
}
