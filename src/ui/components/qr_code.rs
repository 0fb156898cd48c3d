use super::use_lang;
use crate::engine::share::qr;
use yew::prelude::*;

#[derive(Clone, PartialEq, Properties)]
pub struct QrCodeProps {
    pub url: String,
    pub caption: AttrValue,
    /// `job` or `profile`.
    pub kind: &'static str,
}

/// A QR code drawn in Rust as SVG, with the encoded link in `data-url`.
#[function_component(QrCode)]
pub fn qr_code(props: &QrCodeProps) -> Html {
    let t = use_lang().texts();
    let Some(code) = qr(&props.url) else {
        return html! { <p class="sm-notice sm-notice-warn" role="note">{ t.qr_too_long() }</p> };
    };
    let view_box = format!("0 0 {0} {0}", code.size);
    html! {
        <figure class="sm-qr" data-testid="qr" data-kind={props.kind} data-url={props.url.clone()}>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox={view_box} role="img" aria-label={props.caption.clone()} shape-rendering="crispEdges">
                <rect class="sm-qr-bg" width="100%" height="100%" />
                <path class="sm-qr-fg" d={code.path} />
            </svg>
            <figcaption>{ props.caption.clone() }</figcaption>
        </figure>
    }
}
