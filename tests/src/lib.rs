//! Placeholder (created so the workspace loads); replace freely.
