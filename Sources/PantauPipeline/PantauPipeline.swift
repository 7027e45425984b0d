// PantauPipeline — see ../shared/ARCHITECTURE.md for its job.
