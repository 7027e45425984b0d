// PantauScore — see ../shared/ARCHITECTURE.md for its job.
