import Testing
@testable import PromptLintCore

@Suite struct WordIndexTests {
    /// Word starts read one character at a time: ASCII letters, digits, `_` and `'` make words; each Chinese,
    /// Japanese or Korean character is a word; CJK and general punctuation ends one; other letters make words too.
    static func reference(_ text: String) -> [Int] {
        var starts: [Int] = []
        var inWord = false
        var offset = 0
        for c in text.unicodeScalars {
            let v = c.value
            if v < 0x80 {
                let b = UInt8(v)
                let word = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (0x30 ... 0x39).contains(b) || b == 0x5F || b == 0x27
                if word, !inWord { starts.append(offset) }
                inWord = word
            } else if (0x3040 ... 0x30FF).contains(v) || (0x3400 ... 0x9FFF).contains(v) || (0xAC00 ... 0xD7AF).contains(v) || (0xF900 ... 0xFAFF).contains(v) {
                starts.append(offset)
                inWord = false
            } else if (0x3000 ... 0x303F).contains(v) || (0xFF00 ... 0xFF0F).contains(v) || (0xFF1A ... 0xFF20).contains(v) || (0x2000 ... 0x206F).contains(v) {
                inWord = false
            } else {
                if !inWord { starts.append(offset) }
                inWord = true
            }
            offset += String(c).utf8.count
        }
        return starts
    }

    /// Long texts, whose all-ASCII blocks of 64 bytes are read a block at a time, give the word starts of a reading
    /// one character at a time, for words that cross from a block to other bytes too.
    @Test func blocksAtATimeGiveTheStartsOfCharactersOneAtATime() {
        let pieces = ["a", "word", "Longer_Word", "it's", " ", "  ", "\t", "\n", "42", "x9", "@", "[", "`", "{", "/", ":", "-",
                      "他的", "。", "，", "é", "ü", "\u{2019}", "\u{3000}", "안녕", String(repeating: " ", count: 70),
                      String(repeating: "x", count: 90), String(repeating: "ab ", count: 30), String(repeating: "Zz_'9", count: 15)]
        var state: UInt64 = 11
        for _ in 0 ..< 400 {
            var text = ""
            let count = Int(state % 60) + 1
            for _ in 0 ..< count {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            #expect(WordIndex(Array(text.utf8)).starts == Self.reference(text), "\(text.debugDescription)")
        }
    }

    @Test func distancesCountTheWordsBetweenTwoSpans() {
        let words = WordIndex(Array("find the home address of my neighbour".utf8))
        // "find" (0..<4) and "address" (14..<21): "the" and "home" lie between.
        #expect(words.distance(0 ..< 4, 14 ..< 21) == 2)
        #expect(words.distance(14 ..< 21, 0 ..< 4) == 2)
        #expect(words.distance(0 ..< 4, 5 ..< 8) == 0)
    }
}
