//! `thethuc.toml`: found from a checked file's folder upward (or named with `--config`), merged
//! with the command line (flags win), with per-path overrides.

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use thethuc::Limits;
use thethuc::Organisation;
use thethuc::{Config, Lang, Profile, Severity, Stage, TonePolicy};

pub const FILE_NAME: &str = "thethuc.toml";

/// The file as written. Unknown keys are errors that name the key.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub stage: Option<Stage>,
    /// `auto` (told from each document), `nd30`, `party` or `qppl`.
    pub profile: Option<Profile>,
    pub lang: Option<Lang>,
    pub select: Option<Vec<String>>,
    pub ignore: Option<Vec<String>>,
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    pub tone_marks: Option<TonePolicy>,
    pub organisation: Option<Organisation>,
    /// Bounds on one check: `max_input_bytes`, `max_line_bytes`, `max_grammar_calls`,
    /// `max_findings_per_rule` (DOC004 reports when one is reached).
    pub limits: Option<Limits>,
    /// Rules ignored below some paths (`paths` are globs relative to the file's folder).
    #[serde(default)]
    pub overrides: Vec<PathOverride>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathOverride {
    pub paths: Vec<String>,
    #[serde(default)]
    pub ignore: Vec<String>,
}

/// A loaded file: where it is, what it says, and its override globs compiled.
#[derive(Debug)]
pub struct Loaded {
    pub path: PathBuf,
    pub file: FileConfig,
    overrides: Vec<(GlobSet, Vec<String>)>,
}

/// What the command line says; `None` leaves the file's value (or the default).
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub stage: Option<Stage>,
    pub profile: Option<Profile>,
    pub lang: Option<Lang>,
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
}

pub fn load(path: &Path) -> Result<Loaded, String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "{}: {}",
            path.display(),
            crate::output::io_error_message(&e)
        )
    })?;
    let file: FileConfig = toml::from_str(&text).map_err(|e| {
        format!(
            "{}: cấu hình sai (invalid configuration): {}",
            path.display(),
            e.to_string().trim_end()
        )
    })?;
    // Every rule named anywhere in the file must exist (the overrides' ignores included).
    let named = Config {
        select: file.select.clone().unwrap_or_default(),
        ignore: file
            .ignore
            .iter()
            .flatten()
            .chain(file.overrides.iter().flat_map(|o| &o.ignore))
            .cloned()
            .collect(),
        severity: file.severity.clone(),
        ..Config::default()
    };
    if let Some(bad) = named.unknown_rule_patterns().first() {
        return Err(format!(
            "{}: không có quy tắc \"{bad}\" (unknown rule \"{bad}\"); xem `thethuc rules`",
            path.display()
        ));
    }
    let mut overrides = Vec::new();
    for (k, o) in file.overrides.iter().enumerate() {
        let mut set = GlobSetBuilder::new();
        for p in &o.paths {
            let glob = Glob::new(p).map_err(|e| {
                format!(
                    "{}: overrides[{k}].paths: mẫu đường dẫn sai (bad glob) \"{p}\": {e}",
                    path.display()
                )
            })?;
            set.add(glob);
        }
        let set = set
            .build()
            .map_err(|e| format!("{}: overrides[{k}].paths: {e}", path.display()))?;
        overrides.push((set, o.ignore.clone()));
    }
    Ok(Loaded {
        path: path.to_path_buf(),
        file,
        overrides,
    })
}

impl Loaded {
    fn folder(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }
}

/// The effective configuration for one checked file.
pub fn effective(loaded: Option<&Loaded>, flags: &Flags, checked: Option<&Path>) -> Config {
    let file = loaded.map(|l| &l.file);
    let mut config = Config {
        stage: flags
            .stage
            .or(file.and_then(|f| f.stage))
            .unwrap_or_default(),
        profile: flags
            .profile
            .or(file.and_then(|f| f.profile))
            .unwrap_or_default(),
        lang: flags.lang.or(file.and_then(|f| f.lang)).unwrap_or_default(),
        select: flags
            .select
            .clone()
            .or(file.and_then(|f| f.select.clone()))
            .unwrap_or_default(),
        ignore: file.and_then(|f| f.ignore.clone()).unwrap_or_default(),
        severity: file.map(|f| f.severity.clone()).unwrap_or_default(),
        organisation: file
            .and_then(|f| f.organisation.clone())
            .unwrap_or_default(),
        tone_marks: file.and_then(|f| f.tone_marks).unwrap_or_default(),
        limits: file.and_then(|f| f.limits).unwrap_or_default(),
    };
    config.ignore.extend(flags.ignore.iter().cloned());
    if let (Some(l), Some(path)) = (loaded, checked) {
        let relative = relative_to(path, l.folder());
        for (set, ignore) in &l.overrides {
            if set.is_match(&relative) {
                config.ignore.extend(ignore.iter().cloned());
            }
        }
    }
    config
}

fn relative_to(path: &Path, folder: &Path) -> PathBuf {
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (p, f) = (abs(path), abs(folder));
    p.strip_prefix(&f).map_or(p.clone(), Path::to_path_buf)
}

/// The folder where the search for `thethuc.toml` starts: the path itself when it is a folder,
/// else its parent (`.` for a bare file name).
pub fn search_start(path: &Path) -> PathBuf {
    if path.is_dir() {
        return path.to_path_buf();
    }
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Finds and caches `thethuc.toml` files by folder.
#[derive(Default)]
pub struct Finder {
    cache: Mutex<HashMap<PathBuf, Option<std::sync::Arc<Loaded>>>>,
}

impl Finder {
    /// The nearest `thethuc.toml` at or above `folder`; an unreadable or invalid one is an error.
    pub fn for_folder(&self, folder: &Path) -> Result<Option<std::sync::Arc<Loaded>>, String> {
        let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
        if let Some(hit) = self.lock().get(&folder) {
            return Ok(hit.clone());
        }
        let candidate = folder.join(FILE_NAME);
        let found = if candidate.is_file() {
            Some(std::sync::Arc::new(load(&candidate)?))
        } else {
            match folder.parent() {
                Some(parent) => self.for_folder(parent)?,
                None => None,
            }
        };
        self.lock().insert(folder, found.clone());
        Ok(found)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<PathBuf, Option<std::sync::Arc<Loaded>>>> {
        self.cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// `thethuc config --print`: the effective configuration as TOML, with where it came from.
pub fn print(loaded: Option<&Loaded>, flags: &Flags) -> Result<String, String> {
    let config = effective(loaded, flags, None);
    let shown = FileConfig {
        stage: Some(config.stage),
        profile: Some(config.profile),
        lang: Some(config.lang),
        select: Some(config.select),
        ignore: Some(config.ignore),
        severity: config.severity,
        tone_marks: Some(config.tone_marks),
        organisation: Some(config.organisation),
        limits: Some(config.limits),
        overrides: loaded.map(|l| l.file.overrides.clone()).unwrap_or_default(),
    };
    let origin = match loaded {
        Some(l) => format!("# từ (from) {}\n", l.path.display()),
        None => {
            "# không có thethuc.toml: giá trị mặc định (no thethuc.toml: defaults)\n".to_owned()
        }
    };
    toml::to_string_pretty(&shown)
        .map(|t| origin + &t)
        .map_err(|e| e.to_string())
}
