//! The gazetteer: names the recogniser knows, read from TOML files of one
//! format (the bundled `assets/gazetteer.toml`, the user's config directory,
//! and `.brief/entities.toml` next to a corpus), and the surface forms each
//! entry is written as.
//!
//! A later file extends the earlier ones: an entry with the same type and name
//! replaces the earlier entry, and `stop` lists surface forms that are never
//! entities. Errors name the file and line.

use super::kind::EntityType;
use serde::Deserialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The bundled gazetteer, embedded in the binary.
pub const BUNDLED: &str = include_str!("../../assets/gazetteer.toml");

/// The file a user writes next to a corpus to extend or correct the gazetteer.
pub const CORPUS_FILE: &str = ".brief/entities.toml";

#[derive(Debug, Clone, PartialEq)]
pub struct GazEntry {
    pub name: String,
    pub ty: EntityType,
    pub aliases: Vec<String>,
    pub description: Option<String>,
    pub given: Option<String>,
    pub initials: Option<String>,
    pub surname: Option<String>,
    pub known_by_surname: bool,
    pub roles: Vec<String>,
}

impl GazEntry {
    /// A stable id, the same in every run and every document: "per:mark-rutte".
    pub fn id(&self) -> String {
        format!("{}:{}", self.ty.code().to_lowercase(), slug(&self.name))
    }
}

/// How a surface form names its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// The name, an alias or a full form of a person's name.
    Full,
    /// A person's bare surname for someone known by it ("Rutte").
    Surname,
    /// A bare surname of someone not commonly known by it: a mention only
    /// with support (a cue word, or the full name in the same document).
    WeakSurname,
}

#[derive(Debug, Clone)]
pub struct Surface {
    pub text: String,
    pub entry: usize,
    pub strength: Strength,
}

#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub entries: Vec<GazEntry>,
    /// Surface forms that are never entities.
    pub stop: HashSet<String>,
    /// The files read, in order, for display.
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}, line {l}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for GazetteerError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSchema {
    version: Option<i64>,
    #[serde(default)]
    entity: Vec<toml::Spanned<EntrySchema>>,
    #[serde(default)]
    stop: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntrySchema {
    name: String,
    #[serde(rename = "type")]
    ty: toml::Spanned<String>,
    #[serde(default)]
    aliases: Vec<String>,
    description: Option<String>,
    given: Option<String>,
    initials: Option<String>,
    surname: Option<String>,
    #[serde(default)]
    known_by_surname: bool,
    #[serde(default)]
    roles: Vec<String>,
}

impl Gazetteer {
    /// The bundled gazetteer alone.
    pub fn bundled() -> Self {
        let mut g = Gazetteer::default();
        g.add_source("assets/gazetteer.toml", BUNDLED)
            .expect("the bundled gazetteer is valid (checked by a test)");
        g
    }

    /// The bundled gazetteer extended by the user's config file and by
    /// `.brief/entities.toml` in `corpus_dir`, when they exist.
    pub fn load(corpus_dir: Option<&Path>) -> Result<Self, GazetteerError> {
        let mut g = Self::bundled();
        let mut files: Vec<PathBuf> = Vec::new();
        if let Some(dir) = crate::config::config_dir() {
            files.push(dir.join("entities.toml"));
        }
        if let Some(dir) = corpus_dir {
            files.push(dir.join(CORPUS_FILE));
        }
        for f in files {
            if !f.is_file() {
                continue;
            }
            let label = f.display().to_string();
            let text = std::fs::read_to_string(&f).map_err(|e| GazetteerError {
                file: label.clone(),
                line: None,
                message: format!("cannot be read: {e}"),
            })?;
            g.add_source(&label, &text)?;
        }
        Ok(g)
    }

    /// Reads one file's entries on top of what is there.
    pub fn add_source(&mut self, label: &str, text: &str) -> Result<(), GazetteerError> {
        let err = |line: Option<usize>, message: String| GazetteerError {
            file: label.to_string(),
            line,
            message,
        };
        let parsed: FileSchema = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start));
            err(line, e.message().trim().to_string())
        })?;
        if let Some(v) = parsed.version
            && v != 1
        {
            return Err(err(
                None,
                format!("version {v} is not known (this brief reads version 1)"),
            ));
        }
        let mut by_name: std::collections::HashMap<(EntityType, String), usize> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| ((e.ty, e.name.clone()), i))
            .collect();
        for spanned in parsed.entity {
            // Lines are counted only for an error: counting for every entry is quadratic.
            let at = spanned.span().start;
            let e = spanned.into_inner();
            let ty = match EntityType::from_code(e.ty.get_ref()) {
                Some(t) if t.is_name() => t,
                _ => {
                    return Err(err(
                        Some(line_of(text, e.ty.span().start)),
                        format!(
                            "type {:?} is not one of PER, ORG, LOC, MISC",
                            e.ty.get_ref()
                        ),
                    ));
                }
            };
            if e.name.trim().is_empty() {
                return Err(err(
                    Some(line_of(text, at)),
                    "an entity needs a name".into(),
                ));
            }
            if let Some(a) = e.aliases.iter().find(|a| a.trim().is_empty()) {
                return Err(err(Some(line_of(text, at)), format!("empty alias {a:?}")));
            }
            let entry = GazEntry {
                name: e.name.trim().to_string(),
                ty,
                aliases: e.aliases.iter().map(|a| a.trim().to_string()).collect(),
                description: e.description,
                given: e.given,
                initials: e.initials,
                surname: e.surname,
                known_by_surname: e.known_by_surname,
                roles: e.roles.iter().map(|r| r.to_lowercase()).collect(),
            };
            match by_name.get(&(entry.ty, entry.name.clone())) {
                Some(&i) => self.entries[i] = entry,
                None => {
                    by_name.insert((entry.ty, entry.name.clone()), self.entries.len());
                    self.entries.push(entry);
                }
            }
        }
        self.stop
            .extend(parsed.stop.into_iter().map(|s| s.trim().to_string()));
        self.sources.push(label.to_string());
        Ok(())
    }

    /// Every surface form of every entry, with the entry it names.
    pub fn surfaces(&self) -> Vec<Surface> {
        let mut out = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            let mut push = |text: String, strength: Strength| {
                if !text.is_empty() && !self.stop.contains(&text) {
                    out.push(Surface {
                        text,
                        entry: i,
                        strength,
                    });
                }
            };
            push(e.name.clone(), Strength::Full);
            for a in &e.aliases {
                push(a.clone(), Strength::Full);
            }
            if e.ty == EntityType::Location {
                // All-caps datelines: "DEN HAAG (ANP)".
                push(e.name.to_uppercase(), Strength::Full);
                for a in &e.aliases {
                    if a.chars().count() > 3 {
                        push(a.to_uppercase(), Strength::Full);
                    }
                }
            }
            if e.ty == EntityType::Person {
                for (form, strength) in person_forms(e) {
                    push(form, strength);
                }
            }
        }
        out
    }
}

/// Forms of a person's name the text may use, derived from the parts.
fn person_forms(e: &GazEntry) -> Vec<(String, Strength)> {
    let surname = e
        .surname
        .clone()
        .or_else(|| derive_surname(&e.name))
        .unwrap_or_default();
    if surname.is_empty() {
        return Vec::new();
    }
    let mut forms = Vec::new();
    let capitalised = capitalise_first(&surname);
    if let Some(g) = &e.given {
        forms.push((format!("{g} {surname}"), Strength::Full));
    }
    if let Some(ini) = &e.initials {
        let ini = ini.trim();
        forms.push((format!("{ini} {surname}"), Strength::Full));
        forms.push((format!("{ini}{surname}"), Strength::Full));
        if let Some(first) = ini.split('.').next().filter(|f| !f.is_empty())
            && ini.len() > first.len() + 1
        {
            forms.push((format!("{first}. {surname}"), Strength::Full));
        }
    }
    let bare = if e.known_by_surname {
        Strength::Surname
    } else {
        Strength::WeakSurname
    };
    // A single-letter or common-word surname alone is too easily wrong.
    if surname.chars().count() > 2 {
        forms.push((capitalised.clone(), bare));
        if capitalised != surname {
            forms.push((surname.clone(), bare));
        }
    }
    forms
}

/// "Mark Rutte" → "Rutte", "Ursula von der Leyen" → "von der Leyen".
fn derive_surname(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let mut start = words.len() - 1;
    while start > 1 && is_particle(words[start - 1]) {
        start -= 1;
    }
    Some(words[start..].join(" "))
}

pub fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "van"
            | "de"
            | "der"
            | "den"
            | "von"
            | "ten"
            | "ter"
            | "te"
            | "het"
            | "'t"
            // (The words of a text read "van 't Hof" as "van", "t", "Hof":
            // the apostrophe is no word character.)
            | "t"
            | "in"
            | "op"
            | "la"
            | "le"
            | "du"
            | "di"
            | "da"
            | "das"
            | "do"
            | "dos"
            | "della"
            | "del"
            | "al"
            | "el"
            | "bin"
            // ("Ilias ben Haddou": the Maghreb's "son of".)
            | "ben"
            | "zu"
    )
}

fn capitalise_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

pub fn slug(s: &str) -> String {
    let folded = super::fold::fold(s);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_gazetteer_loads() {
        let g = Gazetteer::bundled();
        assert!(g.entries.len() > 1000, "{} entries", g.entries.len());
        for t in [
            EntityType::Person,
            EntityType::Organisation,
            EntityType::Location,
            EntityType::Misc,
        ] {
            assert!(g.entries.iter().any(|e| e.ty == t), "no {t}");
        }
    }

    #[test]
    fn errors_name_the_line() {
        let mut g = Gazetteer::default();
        let bad = "version = 1\n\n[[entity]]\nname = \"X\"\ntype = \"PERSON\"\n";
        let e = g.add_source("user.toml", bad).unwrap_err();
        assert_eq!(e.line, Some(5), "{e}");
        assert!(e.to_string().contains("user.toml, line 5"), "{e}");
        let syntax = "version = 1\n[[entity]]\nname = \"X\ntype = \"PER\"\n";
        let e = g.add_source("user.toml", syntax).unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        let unknown = "[[entity]]\nname = \"X\"\ntype = \"PER\"\nalias = [\"Y\"]\n";
        let e = g.add_source("user.toml", unknown).unwrap_err();
        assert!(e.message.contains("alias"), "{e}");
        assert_eq!(e.line, Some(4), "{e}");
    }

    #[test]
    fn later_files_replace_and_stop() {
        let mut g = Gazetteer::default();
        g.add_source(
            "a",
            "[[entity]]\nname = \"Mark Rutte\"\ntype = \"PER\"\nsurname = \"Rutte\"\n",
        )
        .unwrap();
        g.add_source(
            "b",
            "stop = [\"Rutte\"]\n[[entity]]\nname = \"Mark Rutte\"\ntype = \"PER\"\ngiven = \"Mark\"\nsurname = \"Rutte\"\nknown_by_surname = true\n",
        )
        .unwrap();
        assert_eq!(g.entries.len(), 1);
        assert!(g.entries[0].known_by_surname);
        let forms: Vec<String> = g.surfaces().into_iter().map(|s| s.text).collect();
        assert!(forms.contains(&"Mark Rutte".to_string()));
        assert!(!forms.contains(&"Rutte".to_string()), "{forms:?}");
    }

    #[test]
    fn person_forms_from_parts() {
        let e = GazEntry {
            name: "Hugo de Jonge".into(),
            ty: EntityType::Person,
            aliases: vec![],
            description: None,
            given: Some("Hugo".into()),
            initials: Some("H.M.".into()),
            surname: Some("de Jonge".into()),
            known_by_surname: false,
            roles: vec![],
        };
        let forms = person_forms(&e);
        let has = |f: &str, s: Strength| forms.iter().any(|(x, y)| x == f && *y == s);
        assert!(has("Hugo de Jonge", Strength::Full));
        assert!(has("H.M. de Jonge", Strength::Full));
        assert!(has("H. de Jonge", Strength::Full));
        assert!(has("De Jonge", Strength::WeakSurname));
        assert!(has("de Jonge", Strength::WeakSurname));
        assert_eq!(
            derive_surname("Ursula von der Leyen").unwrap(),
            "von der Leyen"
        );
        assert_eq!(slug("Oekraïne (land)"), "oekraine-land");
    }
}
