//! Command-line options that `evaluate rouge` and `evaluate matrix` share.

use std::ffi::OsString;

use lexopt::ValueExt as _;

use super::records::{ConventionChoice, ReadOptions, References};
use super::systems::SystemOptions;

/// A command-line argument, owned, so that the parser stays free to read its value.
pub enum Arg {
    Short(char),
    Long(String),
    Value(OsString),
}

impl Arg {
    /// The error for an argument the command does not take.
    pub fn unexpected(&self, usage: &str) -> String {
        match self {
            Arg::Short(c) => format!("invalid option '-{c}'\n{usage}"),
            Arg::Long(name) => format!("invalid option '--{name}'\n{usage}"),
            Arg::Value(value) => format!("unexpected argument {value:?}\n{usage}"),
        }
    }
}

/// The next argument, or `None` at the end.
pub fn next(parser: &mut lexopt::Parser, usage: &str) -> Result<Option<Arg>, String> {
    let arg = parser.next().map_err(|e| format!("{e}\n{usage}"))?;
    Ok(arg.map(|arg| match arg {
        lexopt::Arg::Short(c) => Arg::Short(c),
        lexopt::Arg::Long(name) => Arg::Long(name.to_owned()),
        lexopt::Arg::Value(value) => Arg::Value(value),
    }))
}

/// The next argument's value as a string.
pub fn value(parser: &mut lexopt::Parser) -> Result<String, String> {
    parser
        .value()
        .and_then(|v| v.string())
        .map_err(|e| e.to_string())
}

/// The next argument's value, parsed.
pub fn parsed<T: std::str::FromStr>(parser: &mut lexopt::Parser, name: &str) -> Result<T, String> {
    let text = value(parser)?;
    text.parse()
        .map_err(|_| format!("--{name}: cannot read {text:?}"))
}

/// Applies `arg` if it is one of the shared options (`--limit`, `--convention`,
/// `--no-stemming`, `--references`, `--neutral`, `--redundancy`); `false` if it is not.
pub fn shared(
    arg: &Arg,
    parser: &mut lexopt::Parser,
    read: &mut ReadOptions,
    systems: &mut SystemOptions,
) -> Result<bool, String> {
    let Arg::Long(name) = arg else {
        return Ok(false);
    };
    match name.as_str() {
        "limit" => read.limit = Some(parsed(parser, "limit")?),
        "convention" => read.convention = ConventionChoice::parse(&value(parser)?)?,
        "no-stemming" => read.stemming = false,
        "references" => read.references = References::parse(&value(parser)?)?,
        "neutral" => systems.neutral = true,
        "redundancy" => systems.redundancy = parsed(parser, "redundancy")?,
        _ => return Ok(false),
    }
    Ok(true)
}
