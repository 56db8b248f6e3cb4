#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The few string operations the command line took from Foundation's NSString and CharacterSet, written out so the
// binary links FoundationEssentials only. Each gives what its Foundation counterpart gave for the same input.

/// Path strings split and joined as `NSString`'s path methods did: `/` separators, repeated slashes and one trailing
/// slash ignored when taking a path apart, nothing touched the file system.
enum PathString {
    /// The path without its last component: `/a/b` → `/a`, `/a` → `/`, `a` → ``, `/` → `/`
    /// (`NSString.deletingLastPathComponent`).
    static func deletingLastComponent(_ path: String) -> String {
        let fixed = fixingSlashes(path)
        if fixed == "/" || fixed.isEmpty { return fixed }
        guard let slash = fixed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        if slash == fixed.utf8.startIndex { return "/" }
        return String(fixed[..<slash])
    }

    /// The last component: `/a/b/` → `b`, `/` → `/` (`NSString.lastPathComponent`).
    static func lastComponent(_ path: String) -> String {
        let fixed = fixingSlashes(path)
        if fixed.utf8.count <= 1 { return fixed }
        guard let slash = fixed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return fixed }
        return String(fixed[fixed.utf8.index(after: slash)...])
    }

    /// `component` joined to `path` with one `/` unless `path` already ends with one
    /// (`NSString.appendingPathComponent`; an empty side gives the other).
    static func appending(_ component: String, to path: String) -> String {
        if component.isEmpty { return path }
        if path.isEmpty { return component }
        return path.hasSuffix("/") ? path + component : path + "/" + component
    }

    /// Runs of slashes made one and one trailing slash dropped; `/` stays `/`.
    private static func fixingSlashes(_ path: String) -> String {
        if path == "/" { return path }
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for b in path.utf8 where !(b == UInt8(ascii: "/") && out.last == UInt8(ascii: "/")) { out.append(b) }
        if out.last == UInt8(ascii: "/") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The blank characters Foundation's `CharacterSet.whitespaces` and `.whitespacesAndNewlines` held (their lists,
/// U+200B included, differ from Swift's `Character.isWhitespace`).
enum Blanks {
    /// Tab and the space separators (`CharacterSet.whitespaces`).
    case whitespace
    /// Those plus line and paragraph breaks (`CharacterSet.whitespacesAndNewlines`).
    case whitespaceAndNewlines

    /// Whether `scalar` belongs to the set.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000 ... 0x200B, 0x202F, 0x205F, 0x3000: true
        case 0x0A ... 0x0D, 0x85, 0x2028, 0x2029: self == .whitespaceAndNewlines
        default: false
        }
    }
}

extension StringProtocol {
    /// The text without the leading and trailing scalars in `blanks` (`trimmingCharacters(in:)`).
    func trimming(_ blanks: Blanks) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !blanks.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !blanks.contains($0) }) ?? first
        return String(String.UnicodeScalarView(scalars[first ... last]))
    }

    /// Every occurrence of `target` replaced by `replacement`, scalar by scalar, left to right
    /// (`replacingOccurrences(of:with:)` for the plain ASCII and guillemet targets this module uses).
    func replacingAll(_ target: String, with replacement: String) -> String {
        let needle = Array(target.unicodeScalars)
        guard !needle.isEmpty else { return String(self) }
        var out = String.UnicodeScalarView()
        let scalars = Array(unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == needle[0], i + needle.count <= scalars.count, Array(scalars[i ..< i + needle.count]) == needle {
                out.append(contentsOf: replacement.unicodeScalars)
                i += needle.count
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The text cut or padded with spaces to `length` UTF-16 code units
    /// (`padding(toLength:withPad:startingAt:)` with a space pad).
    func padded(toLength length: Int) -> String {
        let units = utf16.count
        if units >= length { return String(decoding: Array(utf16.prefix(length)), as: UTF16.self) }
        return String(self) + String(repeating: " ", count: length - units)
    }
}

/// Number formatting the command line did with `String(format:)`.
enum Formatted {
    /// `value` with `digits` digits after the point, right-aligned in `width` columns: `printf("%*.*f")`.
    static func fixed(_ value: Double, digits: Int, width: Int = 0) -> String {
        withVaList([Int32(width), Int32(digits), value]) { args in
            var buffer = [CChar](repeating: 0, count: 512)
            let n = buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, "%*.*f", args) }
            return String(decoding: buffer.prefix(max(0, min(Int(n), buffer.count - 1))).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// `value` right-aligned in `width` columns: `printf("%*d")`.
    static func rightAligned(_ value: Int, width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// `value` as `digits` hexadecimal digits, zero-padded (`%02X`, `%04x`).
    static func hex(_ value: UInt32, digits: Int, uppercase: Bool) -> String {
        let text = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
