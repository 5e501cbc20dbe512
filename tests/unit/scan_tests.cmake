# Tests of scanning (halldesk_scan); included from CMakeLists.txt.
include_guard(DIRECTORY)
