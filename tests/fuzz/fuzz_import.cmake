# SPDX-License-Identifier: MIT
ae_add_fuzzer(fuzz_mermaid fuzz_mermaid.cpp ae_diagram)
ae_add_fuzzer(fuzz_dot fuzz_dot.cpp ae_diagram)
ae_add_fuzzer(fuzz_d2 fuzz_d2.cpp ae_diagram)
ae_add_fuzzer(fuzz_structurizr fuzz_structurizr.cpp ae_diagram)
