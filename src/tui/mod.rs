//! The terminal interface.
pub fn run(_c: crate::corpus::Corpus) -> anyhow::Result<()> {
    Ok(())
}
