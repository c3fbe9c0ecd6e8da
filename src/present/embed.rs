//! Newsroom: the embed's compact header, and the share box with the view's permalink and its
//! embed code.

use super::chrome::newest_position;
use super::cx::Cx;
use super::node::{self, el, El};
use super::parts::time;
use super::protocol;
use super::rich::RichText;
use crate::text::{Key, Text};
use crate::url::ViewState;

/// The embed's compact header: the view's title, how far the data reaches, and a link that opens
/// the same view as a full page, outside the frame.
pub(super) fn embed_header(cx: &Cx, heading: &str) -> El {
    let mut full = cx.state.clone();
    full.embed = false;
    full.hide_controls = false;
    let reach = newest_position(cx.ds).unwrap_or(cx.ds.meta.reviewed);
    el("header")
        .cls("top embed-top")
        .add(cx.text.rich(
            el("h1").cls("embed-title"),
            Key::EmbedTitle,
            &mut [
                ("heading", el("strong").add(heading).into()),
                ("date", time(&cx.text, reach).into()),
                ("source", el("span").cls("embed-source").add(cx.ds.meta.title.shown()).into()),
            ],
        ))
        .add(
            el("a")
                .cls("embed-open")
                .attr("href", crate::url::to_query(&full))
                .attr("target", "_blank")
                .attr("rel", "noopener")
                .add(cx.text.get(Key::EmbedOpen)),
        )
}

/// The permalink of `state` on a page at `base`, and the iframe snippet that embeds it.
pub fn share_texts(state: &ViewState, heading: &str, base: &str, text: Text) -> (String, String) {
    let mut shown = state.clone();
    shown.embed = false;
    let link = format!("{base}{}", crate::url::to_query(&shown));
    shown.embed = true;
    let src = format!("{base}{}", crate::url::to_query(&shown));
    let mut snippet = String::from("<iframe src=\"");
    node::escape_into(&mut snippet, &src);
    snippet.push_str("\" title=\"");
    node::escape_into(&mut snippet, &text.fill(Key::EmbedFrameTitle, &[("heading", heading)]));
    snippet.push_str(
        "\" width=\"100%\" height=\"900\" style=\"border:0;width:100%\" loading=\"lazy\"></iframe>\n<script src=\"",
    );
    // The resize script sits next to the page (`public/embed/resize.js`, outside the app's bundle), wherever the page is.
    escape_dir(&mut snippet, base);
    snippet.push_str("embed/resize.js\" async></script>");
    (link, snippet)
}

fn escape_dir(out: &mut String, base: &str) {
    node::escape_into(out, &base[..base.rfind('/').map_or(0, |i| i + 1)]);
}

/// "Share or embed", on every view: the permalink and the embed code, each with a copy button
/// (`ui` does the copying and, where the browser has one, offers the system share sheet).
pub(super) fn share_box(state: &ViewState, heading: &str, base: &str, text: Text) -> El {
    let (link, snippet) = share_texts(state, heading, base, text);
    let copy =
        |target: &str| el("button").attr("type", "button").attr(protocol::COPY, target).add(text.get(Key::ShareCopy));
    el("details")
        .cls("share")
        .key("share")
        .add(el("summary").add(text.get(Key::ShareSummary)))
        .add(
            el("p")
                .add(el("label").attr("for", protocol::SHARE_LINK).add(text.get(Key::ShareLink)))
                .add(el("input").id(protocol::SHARE_LINK).attr("readonly", "").attr("value", link))
                .add(copy(protocol::SHARE_LINK))
                .add(
                    el("button")
                        .attr("type", "button")
                        .attr(protocol::SHARE, "")
                        .attr("hidden", "")
                        .add(text.get(Key::ShareSheet)),
                ),
        )
        .add(
            el("p")
                .add(el("label").attr("for", protocol::SHARE_EMBED).add(text.get(Key::ShareEmbed)))
                .add(el("textarea").id(protocol::SHARE_EMBED).attr("readonly", "").attr("rows", "4").add(snippet))
                .add(copy(protocol::SHARE_EMBED)),
        )
}
