from slowion.cli import main

raise SystemExit(main())
