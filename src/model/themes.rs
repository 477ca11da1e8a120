//! The theme taxonomy: stable ids with Japanese and English labels.
//!
//! Themes live in the dataset (so they can be edited with it); this module is how code reads them.

use serde::{Deserialize, Serialize};

/// A theme of the taxonomy (`acp`, `disaster`, …).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Stable id used in URLs and in entries.
    pub id: String,
    /// Japanese label.
    pub ja: String,
    /// English label.
    pub en: String,
    /// What counts as this theme, for the person tagging entries.
    pub description: String,
}

/// The theme ids every dataset is expected to define.
pub const REQUIRED_THEME_IDS: [&str; 12] = [
    "acp",
    "disaster",
    "ict",
    "emergency",
    "mitori",
    "dementia",
    "frailty",
    "palliative",
    "workforce",
    "survey",
    "disability",
    "multidisciplinary",
];

/// Words that show an entry is about a theme.
///
/// Tagging is a person's decision recorded in the dataset; these lists only check it:
/// every tag must be backed by one of `evidence` in the entry's own words, and an entry that
/// contains one of `decisive` must carry the tag.
#[derive(Clone, Copy, Debug)]
pub struct ThemeKeywords {
    /// The theme id.
    pub theme: &'static str,
    /// Words that on their own make an entry about the theme.
    pub decisive: &'static [&'static str],
    /// Words that can justify the tag (a superset of `decisive`).
    pub evidence: &'static [&'static str],
}

/// Keyword lists for the bundled taxonomy, used to check and to suggest tags.
pub const THEME_KEYWORDS: &[ThemeKeywords] = &[
    ThemeKeywords {
        theme: "acp",
        decisive: &[
            "ACP",
            "人生会議",
            "エンディングノート",
            "終活ノート",
            "もしバナ",
        ],
        evidence: &[
            "ACP",
            "人生会議",
            "エンディングノート",
            "終活ノート",
            "もしバナ",
            "HAPPY NOTE",
            "人生劇場ノート",
        ],
    },
    ThemeKeywords {
        theme: "disaster",
        decisive: &["災害", "BCP", "健康危機管理"],
        evidence: &["災害", "BCP", "健康危機管理"],
    },
    ThemeKeywords {
        theme: "ict",
        decisive: &["ICT", "MCS"],
        evidence: &[
            "ICT",
            "MCS",
            "情報共有ツール",
            "まっねと",
            "はねっと",
            "藤・ネット",
            "けあプロNavi",
            "はびナビ",
        ],
    },
    ThemeKeywords {
        theme: "emergency",
        decisive: &["急変", "ブルーカード", "24時間", "救急", "緊急"],
        evidence: &[
            "急変",
            "ブルーカード",
            "24時間",
            "救急",
            "緊急",
            "グループ診療",
            "後方支援病院",
        ],
    },
    ThemeKeywords {
        theme: "mitori",
        decisive: &["看取り"],
        evidence: &["看取り"],
    },
    ThemeKeywords {
        theme: "dementia",
        decisive: &["認知症"],
        evidence: &["認知症"],
    },
    ThemeKeywords {
        theme: "frailty",
        decisive: &["フレイル"],
        evidence: &["フレイル", "ロコモ"],
    },
    ThemeKeywords {
        theme: "palliative",
        decisive: &["緩和ケア", "末期がん"],
        evidence: &["緩和ケア", "末期がん"],
    },
    ThemeKeywords {
        theme: "workforce",
        decisive: &["不足", "マンパワー", "担い手"],
        evidence: &["不足", "マンパワー", "担い手"],
    },
    ThemeKeywords {
        theme: "survey",
        decisive: &["調査", "アンケート", "ヒアリング"],
        evidence: &["調査", "アンケート", "ヒアリング"],
    },
    ThemeKeywords {
        theme: "disability",
        decisive: &["障がい", "障害"],
        evidence: &["障がい", "障害"],
    },
    ThemeKeywords {
        theme: "multidisciplinary",
        decisive: &["多職種"],
        evidence: &[
            "多職種",
            "医療と介護",
            "医療介護",
            "医療・介護",
            "医介",
            "専門職",
            "ケアマネ",
            "訪問看護",
            "薬剤師",
            "介護サービス事業者",
            "医療職と介護職",
        ],
    },
    ThemeKeywords {
        theme: "resources",
        decisive: &[],
        evidence: &["資源", "マップ", "ガイド"],
    },
];

/// Themes whose decisive words occur in `text`: a suggestion for whoever tags an entry.
pub fn suggest_themes(text: &str) -> Vec<&'static str> {
    // Folded as the search folds, so ＡＣＰ typed full-width is ACP here too.
    let text = super::search::fold(text);
    THEME_KEYWORDS
        .iter()
        .filter(|k| {
            k.decisive
                .iter()
                .any(|w| text.contains(&super::search::fold(w)))
        })
        .map(|k| k.theme)
        .collect()
}

/// A progress entry's status once its text is reworded to `text`: a tentative one (予定, 調整中,
/// 検討中) or none moves on to what the words now report as begun or done (開催した, 実施中);
/// a status a person decided otherwise stays, as the words suggest only roughly.
pub fn status_after_rewording(
    status: Option<super::types::Status>,
    text: &str,
) -> Option<super::types::Status> {
    use super::types::Status;
    let begun = |s: Status| matches!(s, Status::Done | Status::Ongoing);
    match (status, suggest_status(text)) {
        (None, said) => said,
        (Some(old), Some(said)) if !begun(old) && begun(said) => Some(said),
        (old, _) => old,
    }
}

/// The status a progress entry's wording suggests (the rules in `data/README.md`): the most
/// tentative word decides, so 実施予定 is planned and 実施している or 開催している ongoing.
pub fn suggest_status(text: &str) -> Option<super::types::Status> {
    use super::types::Status;
    const WORDS: [(&str, Status); 11] = [
        ("検討中", Status::Considering),
        ("検討している", Status::Considering),
        ("調整中", Status::Coordinating),
        ("予定", Status::Planned),
        // 実施している, 開催している, 継続している: whatever is being done still goes on.
        ("している", Status::Ongoing),
        ("運用", Status::Ongoing),
        ("実施中", Status::Ongoing),
        // 開始した, 協議を開始: begun, so going on.
        ("開始", Status::Ongoing),
        ("実施", Status::Done),
        ("開催", Status::Done),
        ("作成", Status::Done),
    ];
    WORDS
        .iter()
        .find(|(word, _)| text.contains(word))
        .map(|&(_, status)| status)
}
