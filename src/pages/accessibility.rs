//! アクセシビリティ方針: the target, how it is tested, and the latest results, as Japanese
//! public-sector sites publish them.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::state::use_app;

/// The accessibility statement.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let app = use_app();
    move || {
        match app.lang.get() {
        Lang::Ja => view! {
            <article class="statement" aria-labelledby="a11y-title">
                <h2 id="a11y-title">"アクセシビリティ方針"</h2>
                <h3>"目標"</h3>
                <p>"renkei は、JIS X 8341-3:2016 の適合レベル AA（WCAG 2.1 レベル AA 相当）に準拠することを目標としています。"</p>
                <h3>"対象範囲"</h3>
                <p>"取組一覧（絞り込み・検索）、拠点、拠点の個別ページ、比較、ダッシュボード、課題、変更点、インポート・エクスポートの各画面と、取組の編集ダイアログ。日本語表示と英語表示の両方。"</p>
                <h3>"試験の方法"</h3>
                <ul>
                    <li>"自動試験：axe-core を Chromium 上で全画面・両言語に対して実行し、違反が 0 件であることを変更のたびに確認しています（"<code>"make test"</code>"）。"</li>
                    <li>"キーボード操作：絞り込み、グラフの各マス（フォーカスで値を表示、Esc で閉じる）、編集ダイアログ（開くとフォーカスが移り、閉じると戻る）、元に戻す（Ctrl+Z）をキーボードだけで操作できることを自動試験で確認しています。"</li>
                    <li>"グラフは、値を図中に記載し、同じ数値を表でも表示でき、CSV でも取得できます。色だけで意味を伝えないよう、記号・線種・数値を併用しています。"</li>
                    <li>"動きを減らす設定（prefers-reduced-motion）を尊重し、200% の拡大でも横スクロールなしで本文を読めるよう配置しています（表とグラフは枠内でスクロール）。"</li>
                </ul>
                <h3>"試験結果"</h3>
                <p>"最新の試験：axe-core 4.14.1、対象 9 画面 × 2 言語、違反 0 件。"</p>
                <h3>"既知の制約"</h3>
                <p>"報告書の本文は原文のまま掲載しているため、原文の表記（旧字体・誤字を含む）を変更していません。"</p>
            </article>
        }.into_any(),
        Lang::En => view! {
            <article class="statement" aria-labelledby="a11y-title">
                <h2 id="a11y-title">"Accessibility statement"</h2>
                <h3>"Target"</h3>
                <p>"renkei aims to conform to JIS X 8341-3:2016 level AA (equivalent to WCAG 2.1 level AA)."</p>
                <h3>"Scope"</h3>
                <p>"Every view — entries with filters and search, hubs, hub pages, compare, dashboard, challenges, changes, import and export — and the entry editor, in Japanese and in English."</p>
                <h3>"How it is tested"</h3>
                <ul>
                    <li>"Automated: axe-core runs in Chromium on every view in both languages on each change ("<code>"make test"</code>"); it must report no violation."</li>
                    <li>"Keyboard: filters, every chart cell (focus shows its value, Esc dismisses), the editor dialog (focus moves in and back) and undo (Ctrl+Z) are exercised by keyboard in automated tests."</li>
                    <li>"Charts print their values, show the same numbers as a table and as CSV, and never use colour alone (symbols, outline styles and numbers as well)."</li>
                    <li>"Reduced motion is respected; at 200% zoom text reflows, and only tables and charts scroll inside their frames."</li>
                </ul>
                <h3>"Results"</h3>
                <p>"Latest run: axe-core 4.14.1, 9 views × 2 languages, 0 violations."</p>
                <h3>"Known limitations"</h3>
                <p>"Report text is carried verbatim from the source, including its old character forms and typos."</p>
            </article>
        }.into_any(),
    }
    }
}
