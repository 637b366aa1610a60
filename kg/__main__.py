from kg.cli import main

if __name__ == "__main__":  # not when a worker process of kg build --jobs imports it
    main()
