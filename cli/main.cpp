// main.cpp — planport's command line (placeholder until the subcommands land).
#include <iostream>
int main() { std::cout << "planport\n"; return 0; }
