args: --version
status: 0
--- stdout
relief 0.1.0
