//! Browser tests of the Yew UI (wasm-bindgen-test in headless Chromium):
//! `cargo test --target wasm32-unknown-unknown --no-default-features --features web --test web`.
//!
//! They mount the whole app into a fresh element, without the worker (there is no built site
//! here), so they check the shell: the named regions, the demo text shown while annotations
//! are pending, typing, the prompt for empty input, and that text is never parsed as HTML.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mounted() -> Element {
    let document = gloo::utils::document();
    if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
        let _ = storage.clear();
    }
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    gloss::app::mount(root.clone());
    TimeoutFuture::new(50).await;
    root
}

async fn type_text(root: &Element, text: &str) {
    let area: HtmlTextAreaElement = root
        .query_selector("#text")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    area.set_value(text);
    let event = web_sys::InputEvent::new("input").unwrap();
    area.dispatch_event(&event).unwrap();
    TimeoutFuture::new(50).await;
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_shell_has_the_article_and_three_named_panels() {
    let root = mounted().await;
    let article = root.query_selector("article").unwrap().unwrap();
    assert_eq!(
        article.get_attribute("aria-label").as_deref(),
        Some("Article")
    );
    let headings = texts(&root, "section.panel h2");
    assert_eq!(headings, vec!["Entities", "Timeline", "Quotes"]);
    let list = root.query_selector_all("section.panel").unwrap();
    for i in 0..list.length() {
        let section: Element = list.item(i).unwrap().dyn_into().unwrap();
        let label = section.get_attribute("aria-labelledby").unwrap();
        assert!(root.query_selector(&format!("#{label}")).unwrap().is_some());
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn the_demo_is_shown_paragraph_by_paragraph_and_typing_replaces_it() {
    let root = mounted().await;
    let paragraphs = texts(&root, "#article .paragraphs p");
    assert!(paragraphs.len() >= 5, "{paragraphs:?}");
    assert!(paragraphs[0].contains("ferries"), "{paragraphs:?}");
    type_text(&root, "First paragraph.\n\nSecond one.").await;
    assert_eq!(
        texts(&root, "#article .paragraphs p"),
        vec!["First paragraph.", "Second one."]
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn empty_input_shows_the_prompt() {
    let root = mounted().await;
    type_text(&root, "   \n ").await;
    assert!(root.query_selector("#prompt").unwrap().is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn markup_in_the_text_is_shown_as_text_and_never_parsed() {
    let root = mounted().await;
    let hostile = "<img src=x onerror=\"document.body.dataset.pwned=1\"><script>document.body.dataset.pwned=2</script>";
    type_text(&root, hostile).await;
    TimeoutFuture::new(100).await;
    let article = root
        .query_selector("#article .paragraphs")
        .unwrap()
        .unwrap();
    assert!(article.query_selector("img, script").unwrap().is_none());
    assert_eq!(article.text_content().unwrap_or_default().trim(), hostile);
    assert!(gloo::utils::body().get_attribute("data-pwned").is_none());
    root.remove();
}
