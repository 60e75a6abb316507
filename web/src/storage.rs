//! The opt-in copy of the answers on this device (localStorage). Nothing is
//! written unless the person ticks "remember"; "forget" removes it.

use ukuk_i18n::Lang;
use web_sys::Storage;

use crate::model::Household;

const KEY: &str = "ukuk.household.v1";

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Saved {
    lang: String,
    household: Household,
}

pub fn load() -> Option<(Lang, Household)> {
    let text = storage()?.get_item(KEY).ok().flatten()?;
    let saved: Saved = serde_json::from_str(&text).ok()?;
    let lang = Lang::from_code(&saved.lang).unwrap_or(Lang::DEFAULT);
    if saved.household.members.is_empty() {
        return None;
    }
    Some((lang, saved.household))
}

pub fn save(lang: Lang, household: &Household) {
    let Some(s) = storage() else { return };
    let saved = Saved { lang: lang.code().to_string(), household: household.clone() };
    if let Ok(text) = serde_json::to_string(&saved) {
        let _ = s.set_item(KEY, &text);
    }
}

/// Removes the saved copy, if any.
pub fn forget() {
    if let Some(s) = storage() {
        if s.get_item(KEY).ok().flatten().is_some() {
            let _ = s.remove_item(KEY);
        }
    }
}
