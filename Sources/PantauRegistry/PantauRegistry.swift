// PantauRegistry — see ../shared/ARCHITECTURE.md for its job.
