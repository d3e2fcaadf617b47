// A shared library for load-option-resolves-library-symbols.ll.
long shared_library_square(long x) { return x * x; }
