//! How many threads run at once on this machine, asked once per process:
//! `std::thread::available_parallelism` reads four cgroup files on every
//! call, and rayon's global pool, asked instead, starts its threads. And how
//! a worker thread gives way to the thread that answers keys.

use std::sync::OnceLock;

/// The cores this process may use (1 when that cannot be told).
pub fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// This thread yields to the others of the process: nice 10 (Linux sets it
/// per thread), for workers that run while the reader answers keys (reading
/// documents, searching them), so that on a machine with few cores a key
/// does not wait for a core. Elsewhere nothing changes.
pub fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: changes only this thread's scheduling priority.
    unsafe {
        let tid = libc::gettid();
        let _ = libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, 10);
    }
}
