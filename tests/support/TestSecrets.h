#pragma once

// Every secret a test hands to Keylink contains this marker, in a form each
// provider's token pattern accepts (letters only). After the whole suite,
// the leak scan (tools/leakscan/leak_scan.py) looks for it in every file,
// log line and command line the run left behind: any hit is a leaked secret.
#define KEYLINK_TEST_SECRET_MARKER "kLsEcReT"
