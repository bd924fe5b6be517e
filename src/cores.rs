//! How many threads run at once on this machine, asked once per process:
//! `std::thread::available_parallelism` reads four cgroup files on every
//! call, and rayon's global pool, asked instead, starts its threads.

use std::sync::OnceLock;

/// The cores this process may use (1 when that cannot be told).
pub fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}
