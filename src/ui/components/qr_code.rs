use crate::engine::share::qr;
use crate::i18n::Texts;
use yew::prelude::*;

/// A QR code drawn in Rust as SVG, with the encoded link in `data-url`; `kind` is `job` or
/// `profile`.
pub fn qr_code(t: &Texts, url: &str, caption: &'static str, kind: &'static str) -> Html {
    let Some(code) = qr(url) else {
        return html! { <p class="sm-notice sm-notice-warn" role="note">{ t.qr_too_long() }</p> };
    };
    let view_box = format!("0 0 {0} {0}", code.size);
    html! {
        <figure class="sm-qr" data-testid="qr" data-kind={kind} data-url={url.to_string()}>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox={view_box} role="img" aria-label={caption} shape-rendering="crispEdges">
                <rect class="sm-qr-bg" width="100%" height="100%" />
                <path class="sm-qr-fg" d={code.path} />
            </svg>
            <figcaption>{ caption }</figcaption>
        </figure>
    }
}
