from parwatch.cli import main

main()
