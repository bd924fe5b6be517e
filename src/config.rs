//! The user's configuration folder, where `entities.toml` (more names for
//! the entity recogniser) and `keys.toml` (key bindings) are looked for:
//! `$BRIEF_CONFIG_DIR` when set, else the platform's (`~/.config/brief` on
//! Linux).

use std::path::PathBuf;

/// Set to a folder to read the configuration files from there (tests, or
/// a user who keeps more than one).
pub const CONFIG_DIR_ENV: &str = "BRIEF_CONFIG_DIR";

/// The configuration folder: `$BRIEF_CONFIG_DIR`, else the platform's.
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(CONFIG_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "brief").map(|d| d.config_dir().to_path_buf())
}
