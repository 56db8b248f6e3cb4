// Generated from Rules/ by scripts/embed-rules. Do not edit: edit Rules/ and rerun the script.
// The test suite fails when this file and Rules/ disagree.

enum EmbeddedRules {
    /// Each embedded file: its path relative to Rules/, and its text.
    static let files: [(path: String, text: String)] = [
        (path: #"""
        zh-variants.table
        """#,
         text: #"""
# Traditional → Simplified character pairs, folded before matching so one spelling catches both scripts.
# Each token is two characters: the Traditional form, then the Simplified one. Every *.table file
# under Rules/ is merged; a character folded two different ways is a load error.
資资 訊讯 個个 號号 碼码 護护 證证 隱隐 電电 話话 郵邮 統统 編编 機机 構构 業业 內内 部部 密密 據据 網网 絡络 攻攻 擊击 漏漏 洞洞 軟软 體体 駭骇 客客

"""#),
    ]
}
