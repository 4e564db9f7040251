// main.cpp — doctest's runner for every unit and golden test (tests/unit, tests/golden).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
