//! JSON text through the browser's own `JSON.parse` and `JSON.stringify`:
//! converting between `serde_json::Value` and JavaScript values costs far
//! less of the first load than a JSON parser and printer compiled in.

use serde_json::{Map, Number, Value};
use wasm_bindgen::{JsCast, JsValue};

/// A value as a JavaScript value.
pub fn to_js(v: &Value) -> JsValue {
    match v {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => JsValue::from_f64(i as f64),
            (None, Some(f)) => JsValue::from_f64(f),
            _ => JsValue::NULL,
        },
        Value::String(s) => JsValue::from_str(s),
        Value::Array(a) => a.iter().map(to_js).collect::<js_sys::Array>().into(),
        Value::Object(m) => {
            let o = js_sys::Object::new();
            for (k, x) in m {
                let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), &to_js(x));
            }
            o.into()
        }
    }
}

/// A JavaScript value (from `JSON.parse`) as a value.
fn from_js(v: &JsValue) -> Option<Value> {
    if v.is_null() || v.is_undefined() {
        return Some(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Some(Value::Bool(b));
    }
    if let Some(f) = v.as_f64() {
        // Whole numbers stay whole; anything else is kept as it is, for the
        // engine to refuse with its reason.
        let whole = f.fract() == 0.0 && f.abs() < 9.0e15;
        return Some(if whole { Value::from(f as i64) } else { Number::from_f64(f).map_or(Value::Null, Value::Number) });
    }
    if let Some(s) = v.as_string() {
        return Some(Value::String(s));
    }
    if js_sys::Array::is_array(v) {
        let a: &js_sys::Array = v.unchecked_ref();
        return a.iter().map(|x| from_js(&x)).collect::<Option<Vec<_>>>().map(Value::Array);
    }
    let o: &js_sys::Object = v.dyn_ref()?;
    let mut m = Map::new();
    for entry in js_sys::Object::entries(o).iter() {
        let pair: js_sys::Array = entry.dyn_into().ok()?;
        m.insert(pair.get(0).as_string()?, from_js(&pair.get(1))?);
    }
    Some(Value::Object(m))
}

/// JSON text as a value; `None` when it is not JSON.
pub fn parse(text: &str) -> Option<Value> {
    js_sys::JSON::parse(text).ok().and_then(|v| from_js(&v))
}

/// A value as JSON text, indented by `indent` spaces (0: on one line).
pub fn stringify(v: &Value, indent: u32) -> String {
    let js = to_js(v);
    let text = if indent == 0 {
        js_sys::JSON::stringify(&js)
    } else {
        js_sys::JSON::stringify_with_replacer_and_space(&js, &JsValue::NULL, &JsValue::from_f64(f64::from(indent)))
    };
    text.ok().and_then(|s| s.as_string()).unwrap_or_default()
}
