use crate::i18n::Texts;
use yew::prelude::*;

/// The default build's `qr_code` (feature `kiosk-qr` off: no QR encoder in the download). A
/// kiosk page runs the full build (boot.js, embed.js); should a kiosk reach this one, the
/// hand-off shows the link as text, like a link too long for a QR code, not a broken figure.
pub fn qr_code(t: &Texts, url: &str, _caption: &'static str, _kind: &'static str) -> Html {
    html! { <p class="sm-notice sm-notice-warn" role="note">{ t.qr_unavailable(url) }</p> }
}
