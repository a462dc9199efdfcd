//! `evaluate segmentation`.

use std::ffi::OsString;

pub fn run(_args: Vec<OsString>) -> Result<(), String> {
    Err("segmentation evaluation is not built yet".into())
}
