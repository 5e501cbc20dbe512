# Prints, for each test of a CTest LastTest.log that did not pass, its name, the last test
# function that passed, and the lines that say why: failed checks, fatal messages, a crash,
# sanitizer reports with their frames.
/^[0-9]+\/[0-9]+ Testing: / { name = $3; n = 0; lastPass = ""; delete lines; next }
/^Test Passed\./ { name = ""; next }
name == "" { next }
/^PASS   : / { lastPass = $0; next }
/^(FAIL!|QFATAL|XPASS|    #[0-9]+ |   Loc: |   Actual|   Expected)|ERROR: |SUMMARY: |runtime error:|Received signal|Function time:/ {
    lines[++n] = $0
}
/^"[^"]+" end time/ {
    print "--- " name
    if (lastPass != "")
        print "(last passed: " substr(lastPass, 10) ")"
    for (i = 1; i <= n && i <= 60; ++i)
        print lines[i]
    name = ""
}
