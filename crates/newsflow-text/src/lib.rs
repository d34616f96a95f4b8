//! Pure text processing for newsflow: normalization (SPEC §2), sentence
//! splitting, tokenization and offset conversion, and the table of the world's
//! countries that the splitter and `newsflow-actors` share.
//!
//! Everything here is a pure function over `&str`: no I/O, no async, no
//! global state, and no panics on any input. Spans are **byte** ranges into
//! the text they were computed on; conversion to the character offsets of the
//! public record format happens at the boundary with [`CharIndex`].

pub mod neardup;
mod normalize;
mod offsets;
pub mod places;
mod span;
pub mod split;
pub mod token;

pub use normalize::normalize;
pub use offsets::CharIndex;
pub use span::Span;
pub use split::split_sentences;
pub use token::{tokenize, tokenize_into, DocTokens, Token};
