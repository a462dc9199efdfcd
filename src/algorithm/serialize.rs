//! [`Algorithm`] with the `serde` feature: a name (`"textrank"`), or a map from the name to the
//! algorithm's settings (`{"lexrank": {"threshold": 0.2}}`) for those that have settings.
//! [`Algorithm::Custom`] cannot be serialised: it is code, not data.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};

use super::{Algorithm, Edmundson, LexRank};

impl serde::Serialize for Algorithm {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Algorithm::LexRank(lexrank) if *lexrank != LexRank::default() => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry(self.name(), lexrank)?;
                map.end()
            }
            Algorithm::Edmundson(edmundson) if *edmundson != Edmundson::default() => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry(self.name(), edmundson)?;
                map.end()
            }
            Algorithm::Custom(_) => Err(serde::ser::Error::custom(
                "a custom algorithm cannot be serialised",
            )),
            _ => serializer.serialize_str(self.name()),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Algorithm {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Algorithm, D::Error> {
        deserializer.deserialize_any(AlgorithmVisitor)
    }
}

struct AlgorithmVisitor;

impl<'de> Visitor<'de> for AlgorithmVisitor {
    type Value = Algorithm;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "an algorithm name ({}) or a map from \"lexrank\" or \"edmundson\" to its settings",
            Algorithm::NAMES.join(", ")
        )
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Algorithm, E> {
        Algorithm::from_name(name).ok_or_else(|| E::unknown_variant(name, Algorithm::NAMES))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Algorithm, A::Error> {
        let Some(name) = map.next_key::<String>()? else {
            return Err(de::Error::invalid_length(0, &self));
        };
        let algorithm = match name.as_str() {
            "lexrank" => Algorithm::LexRank(map.next_value()?),
            "edmundson" => Algorithm::Edmundson(map.next_value()?),
            other => match Algorithm::from_name(other) {
                Some(algorithm) => {
                    map.next_value::<de::IgnoredAny>()?;
                    algorithm
                }
                None => return Err(de::Error::unknown_variant(other, Algorithm::NAMES)),
            },
        };
        if map.next_key::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::custom("an algorithm map holds exactly one name"));
        }
        Ok(algorithm)
    }
}
