//! The command line: the subcommands and their options as clap reads them, and the small enums
//! their values parse into. No behaviour lives here; `main.rs` dispatches on [`Command`].

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use thethuc::Lang;

#[derive(Parser)]
#[command(
    name = "thethuc",
    version,
    about = "Kiểm tra thể thức văn bản hành chính theo Nghị định 30/2020/NĐ-CP (checks Vietnamese administrative documents against ND30)"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Kiểm tra văn bản (.txt, .md, .docx, .html: UTF-8, windows-1252, windows-1258; tệp hoặc
    /// thư mục) — check documents (files or folders).
    Check(CheckArgs),
    /// Xem cấu hình có hiệu lực (`--print`) — show the effective configuration.
    Config(ConfigArgs),
    /// Liệt kê các quy tắc — list every implemented rule.
    Rules {
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        #[arg(long, value_enum, default_value_t = LangArg::Vi)]
        lang: LangArg,
    },
    /// Giải thích một quy tắc (mã hoặc tên) — explain one rule by code or name.
    Rule {
        code: String,
        #[arg(long, value_enum, default_value_t = LangArg::Vi)]
        lang: LangArg,
    },
    /// In cây văn bản đã nhận dạng — print the recognised document tree.
    Parse {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

#[derive(clap::Args)]
pub struct CheckArgs {
    /// Tệp hoặc thư mục cần kiểm tra (`-` là đầu vào chuẩn; mặc định: thư mục hiện tại) —
    /// files or folders to check (`-` for standard input; default: the current folder).
    pub paths: Vec<PathBuf>,
    /// Định dạng kết quả — output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Giai đoạn: dự thảo (số, ngày để trống là lưu ý) hay ban hành (là lỗi) — draft or final
    /// stage [mặc định / default: draft, or `stage` in thethuc.toml].
    #[arg(long, value_enum)]
    pub stage: Option<StageArg>,
    /// Bộ quy tắc: tự nhận diện theo văn bản, văn bản hành chính (Nghị định 30), văn bản của
    /// Đảng (Hướng dẫn 05-HD/VPTW) hay văn bản quy phạm pháp luật — which rules: told from each
    /// document, administrative (ND30), Party (HD 05-HD/VPTW) or legal normative [mặc định /
    /// default: auto, or `profile` in thethuc.toml].
    #[arg(long, value_enum)]
    pub profile: Option<ProfileArg>,
    /// Ngôn ngữ thông báo — message language [default: vi, or `lang` in thethuc.toml].
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Chỉ chạy các quy tắc này (mã, họ mã như `SO`, hoặc tên) — run only these rules.
    #[arg(long, value_delimiter = ',')]
    pub select: Option<Vec<String>>,
    /// Bỏ qua các quy tắc này (thêm vào `ignore` của thethuc.toml) — skip these rules.
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Tệp cấu hình (mặc định: thethuc.toml gần nhất từ thư mục của tệp trở lên) — configuration
    /// file (default: the nearest thethuc.toml from each file's folder upward).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Lọc tệp khi duyệt thư mục, cú pháp .gitignore, `!` để loại (lặp lại được) — filter files
    /// found in folders, gitignore syntax, `!` to exclude (repeatable): `--glob '*.txt'`.
    #[arg(long)]
    pub glob: Vec<String>,
    /// Tên dùng cho đầu vào chuẩn, quyết định định dạng (`van-ban.md`) — name for standard input,
    /// which picks the format.
    #[arg(long)]
    pub stdin_filename: Option<String>,
    /// Sửa tại chỗ các lỗi sửa an toàn được (ghi nguyên tử), rồi kiểm tra lại — apply safe fixes
    /// in place (atomically), then report what remains.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// In bản so sánh các chỗ sẽ sửa thay vì ghi tệp — print a unified diff instead of writing.
    #[arg(long)]
    pub diff: bool,
    /// Với --fix/--diff: áp dụng cả gợi ý sửa cần xem lại — with --fix/--diff, apply unsafe fixes too.
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Mức thấp nhất làm lệnh trả mã 1 — lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// In số tệp/giây và MB/giây ở cuối (ra stderr) — print files/s and MB/s at the end (stderr).
    #[arg(long)]
    pub stats: bool,
    /// Tô màu kết quả (tự động: tắt khi có NO_COLOR hoặc không phải terminal, bật khi có
    /// CLICOLOR_FORCE) — colour output (auto: off with NO_COLOR or off a terminal, on with
    /// CLICOLOR_FORCE).
    #[arg(long, value_enum, default_value_t = When::Auto)]
    pub color: When,
    /// Thanh tiến độ trên stderr (tự động: khi là terminal và nhiều tệp) — progress bar on stderr.
    #[arg(long, value_enum, default_value_t = When::Auto)]
    pub progress: When,
    /// Số luồng (mặc định: số nhân CPU) — worker threads (default: the number of CPUs).
    #[arg(short = 'j', long)]
    pub threads: Option<usize>,
}

#[derive(clap::Args)]
pub struct ConfigArgs {
    /// In cấu hình có hiệu lực — print the effective configuration.
    #[arg(long)]
    pub print: bool,
    /// Tệp cấu hình — configuration file (default: the nearest thethuc.toml upward from PATH).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Thư mục hoặc tệp cần xem cấu hình — the folder or file whose configuration to show.
    #[arg(default_value = ".")]
    pub path: PathBuf,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum When {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Sarif,
    Summary,
    /// Only for `rules`: the rule reference as Markdown (docs/rules.md).
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum StageArg {
    Draft,
    Final,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ProfileArg {
    Auto,
    Nd30,
    Party,
    Qppl,
}

impl From<ProfileArg> for thethuc::Profile {
    fn from(p: ProfileArg) -> Self {
        match p {
            ProfileArg::Auto => Self::Auto,
            ProfileArg::Nd30 => Self::Nd30,
            ProfileArg::Party => Self::Party,
            ProfileArg::Qppl => Self::Qppl,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum LangArg {
    Vi,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}
