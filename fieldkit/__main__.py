from fieldkit.cli import main

raise SystemExit(main())
