<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Catalog</name>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="982"/>
        <source>Shipping rates, labels and tracking across couriers</source>
        <extracomment>easyship.json $.description</extracomment>
        <translation>Versandtarife, Etiketten und Sendungsverfolgung über viele Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="992"/>
        <source>You need admin access to the Easyship account to create API access tokens.</source>
        <extracomment>easyship.json $.authMethods[0].warnings[0]</extracomment>
        <translation>Sie brauchen Administratorzugriff auf das Easyship-Konto, um API-Zugriffstokens zu erstellen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="984"/>
        <source>60 requests a minute and 10 a second (sandbox: 6 a minute and 1 a second).</source>
        <extracomment>easyship.json $.api.rateLimit.summary</extracomment>
        <translation>60 Anfragen pro Minute und 10 pro Sekunde (Sandbox: 6 pro Minute und 1 pro Sekunde).</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="986"/>
        <source>The documentation&apos;s example expires_in looks like a Unix time rather than a number of seconds. Keylink accepts both: a value larger than created_at is taken as a Unix time.</source>
        <extracomment>easyship.json $.unconfirmed[0].guess</extracomment>
        <translation>Das Beispiel-expires_in der Dokumentation sieht eher nach einer Unix-Zeit als nach einer Anzahl Sekunden aus. Keylink akzeptiert beides: Ein Wert größer als created_at gilt als Unix-Zeit.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="988"/>
        <source>API access token</source>
        <extracomment>easyship.json $.authMethods[0].label</extracomment>
        <translation>API-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="990"/>
        <source>A token from an API integration in the Easyship dashboard. Its prefix says whether it is for production or the sandbox.</source>
        <extracomment>easyship.json $.authMethods[0].description</extracomment>
        <translation>Ein Token aus einer API-Integration im Easyship-Dashboard. Sein Präfix zeigt, ob es für die Produktion oder die Sandbox ist.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="994"/>
        <source>API Access Token</source>
        <extracomment>easyship.json $.authMethods[0].fields[0].label</extracomment>
        <translation>API-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="996"/>
        <source>An Easyship access token starts with prod_ (production) or sand_ (sandbox).</source>
        <extracomment>easyship.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Easyship-Zugriffstoken beginnt mit prod_ (Produktion) oder sand_ (Sandbox).</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="998"/>
        <source>Copy it from Production or Sandbox under Access Token in your API integration.</source>
        <extracomment>easyship.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Kopieren Sie es unter Production oder Sandbox bei Access Token in Ihrer API-Integration.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="40"/>
        <source>Production</source>
        <extracomment>airtable.json $.authMethods[0].environments[0].label</extracomment>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1000"/>
        <source>Sandbox</source>
        <extracomment>easyship.json $.authMethods[0].environments[1].label</extracomment>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1002"/>
        <source>Addresses</source>
        <extracomment>easyship.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1004"/>
        <source>Addresses (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Adressen (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1006"/>
        <source>Addresses (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Adressen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1008"/>
        <source>Address Validations</source>
        <extracomment>easyship.json $.authMethods[0].scopes[2].group</extracomment>
        <translation>Adressprüfungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1010"/>
        <source>Address Validations (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Adressprüfungen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1012"/>
        <source>Analytics</source>
        <extracomment>easyship.json $.authMethods[0].scopes[3].group</extracomment>
        <translation>Analysen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1014"/>
        <source>Analytics (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Analysen (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1016"/>
        <source>App Accesses</source>
        <extracomment>easyship.json $.authMethods[0].scopes[4].group</extracomment>
        <translation>App-Zugriffe</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1018"/>
        <source>App Accesses (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>App-Zugriffe (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1020"/>
        <source>Assets</source>
        <extracomment>easyship.json $.authMethods[0].scopes[5].group</extracomment>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1022"/>
        <source>Assets (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Dateien (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1024"/>
        <source>Assets (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Dateien (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1026"/>
        <source>Batches</source>
        <extracomment>easyship.json $.authMethods[0].scopes[7].group</extracomment>
        <translation>Stapel</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1028"/>
        <source>Batches (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Stapel (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1030"/>
        <source>Batches (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Stapel (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1032"/>
        <source>Billing Documents</source>
        <extracomment>easyship.json $.authMethods[0].scopes[9].group</extracomment>
        <translation>Abrechnungsdokumente</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1034"/>
        <source>Billing Documents (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Abrechnungsdokumente (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1036"/>
        <source>Billing Documents (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Abrechnungsdokumente (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1038"/>
        <source>Boxes</source>
        <extracomment>easyship.json $.authMethods[0].scopes[11].group</extracomment>
        <translation>Kartons</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1040"/>
        <source>Boxes (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Kartons (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1042"/>
        <source>Boxes (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Kartons (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1044"/>
        <source>Couriers</source>
        <extracomment>easyship.json $.authMethods[0].scopes[13].group</extracomment>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1046"/>
        <source>Couriers (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Versanddienstleister (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1048"/>
        <source>Couriers (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Versanddienstleister (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1050"/>
        <source>Courier Services</source>
        <extracomment>easyship.json $.authMethods[0].scopes[15].group</extracomment>
        <translation>Versandservices</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1052"/>
        <source>Courier Services (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Versandservices (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1054"/>
        <source>Credits</source>
        <extracomment>easyship.json $.authMethods[0].scopes[16].group</extracomment>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1056"/>
        <source>Credits (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Guthaben (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1058"/>
        <source>E-Fulfillment</source>
        <extracomment>easyship.json $.authMethods[0].scopes[17].group</extracomment>
        <translation>E-Fulfillment</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1060"/>
        <source>E-Fulfillment (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>E-Fulfillment (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1062"/>
        <source>Hs Codes</source>
        <extracomment>easyship.json $.authMethods[0].scopes[18].group</extracomment>
        <translation>HS-Codes</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1064"/>
        <source>Hs Codes (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>HS-Codes (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1066"/>
        <source>Labels</source>
        <extracomment>easyship.json $.authMethods[0].scopes[19].group</extracomment>
        <translation>Etiketten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1068"/>
        <source>Labels (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Etiketten (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1070"/>
        <source>Locations</source>
        <extracomment>easyship.json $.authMethods[0].scopes[20].group</extracomment>
        <translation>Standorte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1072"/>
        <source>Locations (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Standorte (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1074"/>
        <source>Manifests</source>
        <extracomment>easyship.json $.authMethods[0].scopes[21].group</extracomment>
        <translation>Manifeste</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1076"/>
        <source>Manifests (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>Manifeste (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1078"/>
        <source>Manifests (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>Manifeste (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1080"/>
        <source>Payments</source>
        <extracomment>easyship.json $.authMethods[0].scopes[23].group</extracomment>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1082"/>
        <source>Payments (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[23].description</extracomment>
        <translation>Zahlungen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1084"/>
        <source>Payment Sources</source>
        <extracomment>easyship.json $.authMethods[0].scopes[24].group</extracomment>
        <translation>Zahlungsquellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1086"/>
        <source>Payment Sources (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Zahlungsquellen (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1088"/>
        <source>Payment Sources (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[25].description</extracomment>
        <translation>Zahlungsquellen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1090"/>
        <source>Pickups</source>
        <extracomment>easyship.json $.authMethods[0].scopes[26].group</extracomment>
        <translation>Abholungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1092"/>
        <source>Pickups (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[26].description</extracomment>
        <translation>Abholungen (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1094"/>
        <source>Pickups (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[27].description</extracomment>
        <translation>Abholungen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1096"/>
        <source>Products</source>
        <extracomment>easyship.json $.authMethods[0].scopes[28].group</extracomment>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1098"/>
        <source>Products (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[28].description</extracomment>
        <translation>Produkte (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1100"/>
        <source>Products (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[29].description</extracomment>
        <translation>Produkte (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1102"/>
        <source>Rates</source>
        <extracomment>easyship.json $.authMethods[0].scopes[30].group</extracomment>
        <translation>Tarife</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1104"/>
        <source>Rates (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[30].description</extracomment>
        <translation>Tarife (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1106"/>
        <source>Redirects</source>
        <extracomment>easyship.json $.authMethods[0].scopes[31].group</extracomment>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1108"/>
        <source>Redirects (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[31].description</extracomment>
        <translation>Weiterleitungen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1110"/>
        <source>References</source>
        <extracomment>easyship.json $.authMethods[0].scopes[32].group</extracomment>
        <translation>Referenzdaten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1112"/>
        <source>References (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[32].description</extracomment>
        <translation>Referenzdaten (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1114"/>
        <source>Settings</source>
        <extracomment>easyship.json $.authMethods[0].scopes[33].group</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1116"/>
        <source>Settings (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[33].description</extracomment>
        <translation>Einstellungen (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1118"/>
        <source>Settings (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[34].description</extracomment>
        <translation>Einstellungen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1120"/>
        <source>Shipments</source>
        <extracomment>easyship.json $.authMethods[0].scopes[35].group</extracomment>
        <translation>Sendungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1122"/>
        <source>Shipments (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[35].description</extracomment>
        <translation>Sendungen (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1124"/>
        <source>Shipments (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[36].description</extracomment>
        <translation>Sendungen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1126"/>
        <source>Shipment Documents</source>
        <extracomment>easyship.json $.authMethods[0].scopes[37].group</extracomment>
        <translation>Versanddokumente</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1128"/>
        <source>Shipment Documents (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[37].description</extracomment>
        <translation>Versanddokumente (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1130"/>
        <source>Shipping Rules</source>
        <extracomment>easyship.json $.authMethods[0].scopes[38].group</extracomment>
        <translation>Versandregeln</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1132"/>
        <source>Shipping Rules (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[38].description</extracomment>
        <translation>Versandregeln (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1134"/>
        <source>Shipping Rules (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[39].description</extracomment>
        <translation>Versandregeln (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1136"/>
        <source>Stores</source>
        <extracomment>easyship.json $.authMethods[0].scopes[40].group</extracomment>
        <translation>Shops</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1138"/>
        <source>Stores (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[40].description</extracomment>
        <translation>Shops (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="826"/>
        <source>Tags</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[96].group</extracomment>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="16"/>
        <source>Spreadsheet-like databases for team workflows</source>
        <extracomment>airtable.json $.description</extracomment>
        <translation>Datenbanken wie Tabellen für die Abläufe von Teams</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="18"/>
        <source>A token can never do more than you can: if you may only read a base, the token cannot write to it, whatever its scopes.</source>
        <extracomment>airtable.json $.warnings[0]</extracomment>
        <translation>Ein Token kann nie mehr als Sie: Dürfen Sie eine Base nur lesen, kann das Token nicht hineinschreiben, gleich welche Berechtigungen es hat.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="20"/>
        <source>5 requests a second per base and 50 a second across all of one user&apos;s tokens. After a 429, Airtable asks you to wait 30 seconds; it documents no header for this.</source>
        <extracomment>airtable.json $.api.rateLimit.summary</extracomment>
        <translation>5 Anfragen pro Sekunde je Base und 50 pro Sekunde über alle Tokens eines Benutzers. Nach einer 429 verlangt Airtable 30 Sekunden Wartezeit; einen Header dafür dokumentiert es nicht.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="22"/>
        <source>Airtable does not document the token&apos;s format. Tokens appear to start with pat and contain a dot; Keylink accepts any 20 or more letters, digits, dots, - and _.</source>
        <extracomment>airtable.json $.unconfirmed[0].guess</extracomment>
        <translation>Airtable dokumentiert das Format des Tokens nicht. Tokens scheinen mit pat zu beginnen und einen Punkt zu enthalten; Keylink akzeptiert beliebige 20 oder mehr Buchstaben, Ziffern, Punkte, - und _.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="24"/>
        <source>GET /v0/meta/whoami includes the email address only when the token has the user.email:read scope; without it the account has no name to show.</source>
        <extracomment>airtable.json $.unconfirmed[1].guess</extracomment>
        <translation>GET /v0/meta/whoami enthält die E-Mail-Adresse nur, wenn das Token die Berechtigung user.email:read hat; ohne sie hat das Konto keinen Namen, der angezeigt werden kann.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="26"/>
        <source>The HTTP statuses given for the error types in api.errors.codes, and the body of a 429 answer, follow Airtable&apos;s troubleshooting article, not its API reference.</source>
        <extracomment>airtable.json $.unconfirmed[2].guess</extracomment>
        <translation>Die HTTP-Statuscodes zu den Fehlertypen in api.errors.codes und der Inhalt einer 429-Antwort folgen Airtables Artikel zur Fehlerbehebung, nicht seiner API-Referenz.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="28"/>
        <source>Personal access token</source>
        <extracomment>airtable.json $.authMethods[0].label</extracomment>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="30"/>
        <source>A token from Airtable&apos;s Builder Hub, limited to the scopes and bases you choose.</source>
        <extracomment>airtable.json $.authMethods[0].description</extracomment>
        <translation>Ein Token aus dem Builder Hub von Airtable, beschränkt auf die Berechtigungen und Bases, die Sie wählen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="32"/>
        <source>Add the **user.email:read** scope so Keylink can name the account by your email address.</source>
        <extracomment>airtable.json $.authMethods[0].warnings[0]</extracomment>
        <translation>Fügen Sie die Berechtigung **user.email:read** hinzu, damit Keylink das Konto nach Ihrer E-Mail-Adresse benennen kann.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="34"/>
        <source>Personal Access Token</source>
        <extracomment>airtable.json $.authMethods[0].fields[0].label</extracomment>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="36"/>
        <source>An Airtable token is one word of at least 20 letters, digits and dots, such as pat….</source>
        <extracomment>airtable.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Airtable-Token ist ein Wort aus mindestens 20 Buchstaben, Ziffern und Punkten, etwa pat….</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="38"/>
        <source>Shown once, right after you create the token in Airtable.</source>
        <extracomment>airtable.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Wird einmal angezeigt, direkt nachdem Sie das Token in Airtable erstellt haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="42"/>
        <source>Records</source>
        <extracomment>airtable.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="44"/>
        <source>See the records in a base&apos;s tables</source>
        <extracomment>airtable.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Die Datensätze in den Tabellen einer Base sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="46"/>
        <source>Create, edit and delete records</source>
        <extracomment>airtable.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Datensätze erstellen, bearbeiten und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="50"/>
        <source>See comments on records</source>
        <extracomment>airtable.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Kommentare zu Datensätzen sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="52"/>
        <source>Create, edit and delete comments on records</source>
        <extracomment>airtable.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Kommentare zu Datensätzen erstellen, bearbeiten und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="54"/>
        <source>Base schema</source>
        <extracomment>airtable.json $.authMethods[0].scopes[4].group</extracomment>
        <translation>Schema der Base</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="56"/>
        <source>See the bases the token reaches and the structure of their tables, fields and views</source>
        <extracomment>airtable.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Die Bases sehen, die das Token erreicht, und den Aufbau ihrer Tabellen, Felder und Ansichten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="58"/>
        <source>Create bases, tables and fields and change their structure</source>
        <extracomment>airtable.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Bases, Tabellen und Felder erstellen und ihren Aufbau ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="60"/>
        <source>Workspaces and bases</source>
        <extracomment>airtable.json $.authMethods[0].scopes[6].group</extracomment>
        <translation>Arbeitsbereiche und Bases</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="62"/>
        <source>See workspaces and bases and who collaborates on them</source>
        <extracomment>airtable.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Arbeitsbereiche und Bases sehen und wer daran mitarbeitet</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="64"/>
        <source>Change workspaces and bases and their collaborators</source>
        <extracomment>airtable.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Arbeitsbereiche und Bases und ihre Mitarbeitenden ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="66"/>
        <source>Move and delete workspaces and bases</source>
        <extracomment>airtable.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Arbeitsbereiche und Bases verschieben und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="68"/>
        <source>Manage share links of bases and views</source>
        <extracomment>airtable.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Freigabelinks von Bases und Ansichten verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="70"/>
        <source>Other</source>
        <extracomment>airtable.json $.authMethods[0].scopes[10].group</extracomment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="72"/>
        <source>Create, list, refresh and delete webhooks</source>
        <extracomment>airtable.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Webhooks erstellen, auflisten, erneuern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="74"/>
        <source>Develop, upload and release extensions</source>
        <extracomment>airtable.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Erweiterungen entwickeln, hochladen und veröffentlichen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="76"/>
        <source>User</source>
        <extracomment>airtable.json $.authMethods[0].scopes[12].group</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="78"/>
        <source>See your email address</source>
        <extracomment>airtable.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Ihre E-Mail-Adresse sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="80"/>
        <source>Enterprise</source>
        <extracomment>airtable.json $.authMethods[0].scopes[13].group</extracomment>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="82"/>
        <source>See the users of your enterprise account</source>
        <extracomment>airtable.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Die Benutzer Ihres Enterprise-Kontos sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="84"/>
        <source>Manage the users of your enterprise account</source>
        <extracomment>airtable.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Die Benutzer Ihres Enterprise-Kontos verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="86"/>
        <source>See the user groups of your enterprise account</source>
        <extracomment>airtable.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Die Benutzergruppen Ihres Enterprise-Kontos sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="88"/>
        <source>Manage the user groups of your enterprise account</source>
        <extracomment>airtable.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Die Benutzergruppen Ihres Enterprise-Kontos verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="90"/>
        <source>See your enterprise account&apos;s settings</source>
        <extracomment>airtable.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>Die Einstellungen Ihres Enterprise-Kontos sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="92"/>
        <source>Change your enterprise account&apos;s settings</source>
        <extracomment>airtable.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>Die Einstellungen Ihres Enterprise-Kontos ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="94"/>
        <source>Read your enterprise account&apos;s audit log</source>
        <extracomment>airtable.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Das Audit-Protokoll Ihres Enterprise-Kontos lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="96"/>
        <source>Read change events of your enterprise account&apos;s bases</source>
        <extracomment>airtable.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Änderungsereignisse der Bases Ihres Enterprise-Kontos lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="98"/>
        <source>Create and read eDiscovery exports</source>
        <extracomment>airtable.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>eDiscovery-Exporte erstellen und lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="100"/>
        <source>Manage users and groups through SCIM</source>
        <extracomment>airtable.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>Benutzer und Gruppen über SCIM verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="102"/>
        <source>List Records</source>
        <extracomment>airtable.json $.authMethods[0].actions[0].label</extracomment>
        <translation>Datensätze auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="104"/>
        <source>Get Record</source>
        <extracomment>airtable.json $.authMethods[0].actions[1].label</extracomment>
        <translation>Datensatz abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="106"/>
        <source>Create Records</source>
        <extracomment>airtable.json $.authMethods[0].actions[2].label</extracomment>
        <translation>Datensätze erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="108"/>
        <source>Update Records</source>
        <extracomment>airtable.json $.authMethods[0].actions[3].label</extracomment>
        <translation>Datensätze aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="110"/>
        <source>Delete Records</source>
        <extracomment>airtable.json $.authMethods[0].actions[4].label</extracomment>
        <translation>Datensätze löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="112"/>
        <source>List Bases</source>
        <extracomment>airtable.json $.authMethods[0].actions[5].label</extracomment>
        <translation>Bases auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="114"/>
        <source>Get Base Schema</source>
        <extracomment>airtable.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Schema einer Base abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="116"/>
        <source>Create Table</source>
        <extracomment>airtable.json $.authMethods[0].actions[7].label</extracomment>
        <translation>Tabelle erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="118"/>
        <source>Create Field</source>
        <extracomment>airtable.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Feld erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="120"/>
        <source>List Comments</source>
        <extracomment>airtable.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Kommentare auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="122"/>
        <source>Add Comment</source>
        <extracomment>airtable.json $.authMethods[0].actions[10].label</extracomment>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="124"/>
        <source>Manage Webhooks</source>
        <extracomment>airtable.json $.authMethods[0].actions[11].label</extracomment>
        <translation>Webhooks verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="126"/>
        <source>Get User Email</source>
        <extracomment>airtable.json $.authMethods[0].actions[12].label</extracomment>
        <translation>E-Mail-Adresse des Benutzers abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="128"/>
        <source>Create the Airtable personal access token</source>
        <extracomment>airtable.json $.authMethods[0].guide.title</extracomment>
        <translation>Das persönliche Zugriffstoken für Airtable erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="130"/>
        <source>Create a personal access token</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Ein persönliches Zugriffstoken erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="132"/>
        <source>You choose the token&apos;s scopes and the bases it may reach. Airtable shows the token only once.</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Sie wählen die Berechtigungen des Tokens und die Bases, die es erreichen darf. Airtable zeigt das Token nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="134"/>
        <source>Open your tokens</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Ihre Tokens öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="136"/>
        <source>Sign in to Airtable and open the personal access tokens in the Builder Hub.</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei Airtable an und öffnen Sie die persönlichen Zugriffstokens im Builder Hub.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="138"/>
        <source>Open personal access tokens</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Persönliche Zugriffstokens öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="140"/>
        <source>In Airtable, click your account icon, then **Builder Hub** (formerly **Developer hub**).</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Klicken Sie in Airtable auf Ihr Kontosymbol und dann auf **Builder Hub** (früher **Developer hub**).</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="142"/>
        <source>Under **Developers**, click **Personal access tokens**.</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Klicken Sie unter **Developers** auf **Personal access tokens**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="144"/>
        <source>Start a token</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Ein Token beginnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="146"/>
        <source>Click **Create token** and give it a name you will recognise later, such as &quot;Keylink&quot;.</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Klicken Sie auf **Create token** und geben Sie ihm einen Namen, den Sie später wiedererkennen, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="148"/>
        <source>Add the scopes</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].steps[2].title</extracomment>
        <translation>Die Berechtigungen hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="150"/>
        <source>Under **Scopes**, click **Add a scope** for each scope listed here; they are the scopes the actions you picked need.</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Klicken Sie unter **Scopes** für jede hier aufgeführte Berechtigung auf **Add a scope**; es sind die Berechtigungen, die Ihre gewählten Aktionen brauchen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="152"/>
        <source>Choose the bases</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].steps[3].title</extracomment>
        <translation>Die Bases wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="154"/>
        <source>Under **Access**, click **Add a base** and choose the bases or workspaces the token may reach.</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].steps[3].text</extracomment>
        <translation>Klicken Sie unter **Access** auf **Add a base** und wählen Sie die Bases oder Arbeitsbereiche, die das Token erreichen darf.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="158"/>
        <source>Click **Create token**, then copy it now: Airtable shows it only once.</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].steps[4].text</extracomment>
        <translation>Klicken Sie auf **Create token** und kopieren Sie es jetzt: Airtable zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="160"/>
        <source>Tasks, projects and goals for teams</source>
        <extracomment>asana.json $.description</extracomment>
        <translation>Aufgaben, Projekte und Ziele für Teams</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="162"/>
        <source>A personal access token acts as you: Keylink can see and change everything your Asana account can.</source>
        <extracomment>asana.json $.warnings[0]</extracomment>
        <translation>Ein persönliches Zugriffstoken handelt als Sie: Keylink kann alles sehen und ändern, was Ihr Asana-Konto kann.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="164"/>
        <source>Per token, 150 requests a minute in free workspaces and 1,500 in paid ones, plus limits on concurrent and costly requests; past them Asana answers 429 with the seconds to wait in Retry-After.</source>
        <extracomment>asana.json $.api.rateLimit.summary</extracomment>
        <translation>Pro Token 150 Anfragen pro Minute in kostenlosen und 1.500 in kostenpflichtigen Workspaces, dazu Limits für gleichzeitige und aufwendige Anfragen; darüber hinaus antwortet Asana mit 429 und nennt in Retry-After die Sekunden bis zum nächsten Versuch.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="166"/>
        <source>Asana asks clients to treat tokens as opaque and warns that their format may change, so Keylink only checks that the token is at least 20 characters without spaces.</source>
        <extracomment>asana.json $.unconfirmed[0].guess</extracomment>
        <translation>Asana bittet darum, Tokens als undurchsichtig zu behandeln, und warnt, dass sich ihr Format ändern kann; Keylink prüft daher nur, dass das Token mindestens 20 Zeichen ohne Leerzeichen hat.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="168"/>
        <source>A token you create in Asana&apos;s developer console. It has the same access as your own account.</source>
        <extracomment>asana.json $.authMethods[0].description</extracomment>
        <translation>Ein Token, das Sie in der Entwicklerkonsole von Asana erstellen. Es hat denselben Zugriff wie Ihr eigenes Konto.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="170"/>
        <source>A personal access token is a long string without spaces.</source>
        <extracomment>asana.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein persönliches Zugriffstoken ist eine lange Zeichenfolge ohne Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="172"/>
        <source>Shown once, right after you create it in the developer console.</source>
        <extracomment>asana.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Wird einmal angezeigt, direkt nachdem Sie es in der Entwicklerkonsole erstellt haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="174"/>
        <source>Create the Asana personal access token</source>
        <extracomment>asana.json $.authMethods[0].guide.title</extracomment>
        <translation>Das persönliche Zugriffstoken für Asana erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="176"/>
        <source>Personal access tokens are made in Asana&apos;s developer console. Asana shows a new token only once.</source>
        <extracomment>asana.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Persönliche Zugriffstokens werden in der Entwicklerkonsole von Asana erstellt. Asana zeigt ein neues Token nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="178"/>
        <source>Open the developer console</source>
        <extracomment>asana.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Die Entwicklerkonsole öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="180"/>
        <source>Sign in to Asana, click your profile photo and choose **Settings**, then open the **Apps** tab and click **View developer console**.</source>
        <extracomment>asana.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei Asana an, klicken Sie auf Ihr Profilfoto und wählen Sie **Settings**; öffnen Sie dann den Reiter **Apps** und klicken Sie auf **View developer console**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="182"/>
        <source>Create the token</source>
        <extracomment>asana.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="184"/>
        <source>Under **Personal access tokens**, click **Create new token**.</source>
        <extracomment>asana.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Klicken Sie unter **Personal access tokens** auf **Create new token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="186"/>
        <source>Give the token a name you will recognise later, such as &quot;Keylink&quot;.</source>
        <extracomment>asana.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Geben Sie dem Token einen Namen, den Sie später wiedererkennen, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="188"/>
        <source>Agree to the Asana API terms.</source>
        <extracomment>asana.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>Stimmen Sie den API-Bedingungen von Asana zu.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="190"/>
        <source>Click **Create token**.</source>
        <extracomment>asana.json $.authMethods[0].guide.sections[0].steps[1].items[2]</extracomment>
        <translation>Klicken Sie auf **Create token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="194"/>
        <source>Copy the token and paste it into Keylink.</source>
        <extracomment>asana.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Kopieren Sie das Token und fügen Sie es in Keylink ein.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="196"/>
        <source>Asana cannot show the token again. If you lose it, create a new one and delete the old one in the developer console.</source>
        <extracomment>asana.json $.authMethods[0].guide.sections[0].steps[2].items[0]</extracomment>
        <translation>Asana kann das Token nicht noch einmal anzeigen. Wenn Sie es verlieren, erstellen Sie ein neues und löschen Sie das alte in der Entwicklerkonsole.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="198"/>
        <source>DNS, CDN, security and Workers for your domains</source>
        <extracomment>cloudflare.json $.description</extracomment>
        <translation>DNS, CDN, Sicherheit und Workers für Ihre Domains</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="200"/>
        <source>1,200 requests per five minutes per user or token, and 200 a second per IP address; past them Cloudflare blocks requests for up to five minutes and says how many seconds to wait in retry-after.</source>
        <extracomment>cloudflare.json $.api.rateLimit.summary</extracomment>
        <translation>1.200 Anfragen pro fünf Minuten je Benutzer oder Token und 200 pro Sekunde je IP-Adresse; darüber hinaus blockiert Cloudflare Anfragen für bis zu fünf Minuten und nennt in retry-after die Sekunden bis zum nächsten Versuch.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="202"/>
        <source>Tokens created before Cloudflare&apos;s prefixed format are not described in the documentation; Keylink accepts them as 40 or more letters, digits, hyphens and underscores.</source>
        <extracomment>cloudflare.json $.unconfirmed[0].guess</extracomment>
        <translation>Tokens, die vor dem Präfix-Format von Cloudflare erstellt wurden, beschreibt die Dokumentation nicht; Keylink akzeptiert sie als 40 oder mehr Buchstaben, Ziffern, Binde- und Unterstriche.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="204"/>
        <source>Cloudflare reports what is left of a limit in a structured Ratelimit header (such as &quot;default&quot;;r=50;t=30), which Keylink does not read; it relies on retry-after.</source>
        <extracomment>cloudflare.json $.unconfirmed[1].guess</extracomment>
        <translation>Cloudflare meldet den Rest eines Limits in einem strukturierten Ratelimit-Header (etwa &quot;default&quot;;r=50;t=30), den Keylink nicht liest; es verlässt sich auf retry-after.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="206"/>
        <source>The verify answer does not list a token&apos;s permissions, so Keylink cannot check most of them. Only User Details Read is probed, with GET /client/v4/user, which a token without it cannot read.</source>
        <extracomment>cloudflare.json $.unconfirmed[2].guess</extracomment>
        <translation>Die Prüfantwort listet die Berechtigungen eines Tokens nicht auf, daher kann Keylink die meisten nicht prüfen. Nur User Details Read wird getestet, mit GET /client/v4/user, das ein Token ohne diese Berechtigung nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="208"/>
        <source>User API token</source>
        <extracomment>cloudflare.json $.authMethods[0].label</extracomment>
        <translation>Benutzer-API-Token</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="210"/>
        <source>A user API token from your Cloudflare profile, limited to the permissions and resources you choose.</source>
        <extracomment>cloudflare.json $.authMethods[0].description</extracomment>
        <translation>Ein Benutzer-API-Token aus Ihrem Cloudflare-Profil, beschränkt auf die Berechtigungen und Ressourcen, die Sie wählen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="212"/>
        <source>Create the token under My Profile. Account API tokens (starting with cfat_) and the Global API Key do not work with this method.</source>
        <extracomment>cloudflare.json $.authMethods[0].warnings[0]</extracomment>
        <translation>Erstellen Sie das Token unter My Profile. Konto-API-Tokens (beginnend mit cfat_) und der Global API Key funktionieren mit dieser Methode nicht.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="216"/>
        <source>Use a user API token: new ones start with cfut_. Account API tokens (cfat_) and the Global API Key (cfk_) do not work here.</source>
        <extracomment>cloudflare.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Verwenden Sie ein Benutzer-API-Token: Neue beginnen mit cfut_. Konto-API-Tokens (cfat_) und der Global API Key (cfk_) funktionieren hier nicht.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="218"/>
        <source>Shown once, on the page that confirms the token was created.</source>
        <extracomment>cloudflare.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Wird einmal angezeigt, auf der Seite, die das Erstellen des Tokens bestätigt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="220"/>
        <source>Zone</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="222"/>
        <source>Read zones and their basic settings</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Zonen und ihre Grundeinstellungen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="224"/>
        <source>Add, change and delete zones</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Zonen hinzufügen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="226"/>
        <source>Read zone settings such as caching and security levels</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Zoneneinstellungen wie Caching und Sicherheitsstufen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="228"/>
        <source>Change zone settings</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Zoneneinstellungen ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="230"/>
        <source>Read DNS records</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>DNS-Einträge lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="232"/>
        <source>Create, change and delete DNS records</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>DNS-Einträge anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="234"/>
        <source>Purge cached files</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Zwischengespeicherte Dateien löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="236"/>
        <source>Read SSL settings and certificates</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>SSL-Einstellungen und Zertifikate lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="238"/>
        <source>Change SSL settings and manage certificates</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>SSL-Einstellungen ändern und Zertifikate verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="240"/>
        <source>Read page rules</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Page Rules lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="242"/>
        <source>Create, change and delete page rules</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Page Rules anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="244"/>
        <source>Read firewall and security rules</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Firewall- und Sicherheitsregeln lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="246"/>
        <source>Change firewall and security rules</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Firewall- und Sicherheitsregeln ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="248"/>
        <source>Read zone analytics</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Zonenanalysen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="250"/>
        <source>Read request logs</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Anfrageprotokolle lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="252"/>
        <source>Read the routes that run Workers on a zone</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Die Routen lesen, die Workers in einer Zone ausführen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="254"/>
        <source>Add, change and delete Worker routes</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Worker-Routen hinzufügen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="256"/>
        <source>Read load balancers</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>Load Balancer lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="258"/>
        <source>Change load balancers</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>Load Balancer ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="260"/>
        <source>Account</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[19].group</extracomment>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="262"/>
        <source>Read accounts and their settings</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Konten und ihre Einstellungen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="264"/>
        <source>Change account settings</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Kontoeinstellungen ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="266"/>
        <source>Read Workers scripts</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>Workers-Skripte lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="268"/>
        <source>Upload, change and delete Workers scripts</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>Workers-Skripte hochladen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="270"/>
        <source>Read Workers KV namespaces and values</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[23].description</extracomment>
        <translation>Workers-KV-Namespaces und -Werte lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="272"/>
        <source>Create namespaces and write values in Workers KV</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Namespaces anlegen und Werte in Workers KV schreiben</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="274"/>
        <source>Read R2 buckets and objects</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[25].description</extracomment>
        <translation>R2-Buckets und -Objekte lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="276"/>
        <source>Create buckets and write objects in R2</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[26].description</extracomment>
        <translation>Buckets anlegen und Objekte in R2 schreiben</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="278"/>
        <source>Read D1 databases</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[27].description</extracomment>
        <translation>D1-Datenbanken lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="280"/>
        <source>Create D1 databases and run queries that change them</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[28].description</extracomment>
        <translation>D1-Datenbanken anlegen und ändernde Abfragen ausführen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="282"/>
        <source>Read Cloudflare Pages projects and deployments</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[29].description</extracomment>
        <translation>Projekte und Deployments von Cloudflare Pages lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="284"/>
        <source>Create Pages projects and deploy them</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[30].description</extracomment>
        <translation>Pages-Projekte anlegen und bereitstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="286"/>
        <source>Read billing profiles and invoices</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[31].description</extracomment>
        <translation>Rechnungsprofile und Rechnungen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="288"/>
        <source>Read your user profile</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[32].description</extracomment>
        <translation>Ihr Benutzerprofil lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="290"/>
        <source>Read the accounts you are a member of</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[33].description</extracomment>
        <translation>Die Konten lesen, deren Mitglied Sie sind</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="292"/>
        <source>Read your API tokens</source>
        <extracomment>cloudflare.json $.authMethods[0].scopes[34].description</extracomment>
        <translation>Ihre API-Tokens lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="294"/>
        <source>List Zones</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[0].label</extracomment>
        <translation>Zonen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="296"/>
        <source>Get Zone</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[1].label</extracomment>
        <translation>Zone abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="298"/>
        <source>List DNS Records</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[2].label</extracomment>
        <translation>DNS-Einträge auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="300"/>
        <source>Create DNS Record</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[3].label</extracomment>
        <translation>DNS-Eintrag anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="302"/>
        <source>Update DNS Record</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[4].label</extracomment>
        <translation>DNS-Eintrag ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="304"/>
        <source>Delete DNS Record</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[5].label</extracomment>
        <translation>DNS-Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="306"/>
        <source>Purge Cache</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="308"/>
        <source>Get Zone Settings</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[7].label</extracomment>
        <translation>Zoneneinstellungen abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="310"/>
        <source>Update Zone Setting</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Zoneneinstellung ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="312"/>
        <source>List Certificates</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Zertifikate auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="314"/>
        <source>List Page Rules</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[10].label</extracomment>
        <translation>Page Rules auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="316"/>
        <source>Get Zone Analytics</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[11].label</extracomment>
        <translation>Zonenanalysen abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="318"/>
        <source>List Your Accounts</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[12].label</extracomment>
        <translation>Ihre Konten auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="320"/>
        <source>List Workers</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[13].label</extracomment>
        <translation>Workers auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="322"/>
        <source>Deploy Worker</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[14].label</extracomment>
        <translation>Worker bereitstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="324"/>
        <source>List Worker Routes</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[15].label</extracomment>
        <translation>Worker-Routen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="326"/>
        <source>List KV Namespaces</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[16].label</extracomment>
        <translation>KV-Namespaces auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="328"/>
        <source>Write KV Value</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[17].label</extracomment>
        <translation>KV-Wert schreiben</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="330"/>
        <source>List R2 Buckets</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[18].label</extracomment>
        <translation>R2-Buckets auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="332"/>
        <source>Create R2 Bucket</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[19].label</extracomment>
        <translation>R2-Bucket anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="334"/>
        <source>List D1 Databases</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[20].label</extracomment>
        <translation>D1-Datenbanken auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="336"/>
        <source>List Pages Projects</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[21].label</extracomment>
        <translation>Pages-Projekte auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="338"/>
        <source>Get User</source>
        <extracomment>cloudflare.json $.authMethods[0].actions[22].label</extracomment>
        <translation>Benutzer abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="340"/>
        <source>Create the Cloudflare API token</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.title</extracomment>
        <translation>Das Cloudflare-API-Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="342"/>
        <source>Create a user API token</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Ein Benutzer-API-Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="344"/>
        <source>User API tokens are made in your Cloudflare profile. Cloudflare shows the token only once.</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Benutzer-API-Tokens werden in Ihrem Cloudflare-Profil erstellt. Cloudflare zeigt das Token nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="346"/>
        <source>Open your API tokens</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Ihre API-Tokens öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="348"/>
        <source>Sign in to the Cloudflare dashboard and go to **My Profile** &gt; **API Tokens**, then click **Create Token**.</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich im Cloudflare-Dashboard an, gehen Sie zu **My Profile** &gt; **API Tokens** und klicken Sie dann auf **Create Token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="350"/>
        <source>Open API Tokens</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>API-Tokens öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="352"/>
        <source>Use **My Profile**, not **Manage Account** &gt; **API Tokens**: account tokens are verified differently.</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Verwenden Sie **My Profile**, nicht **Manage Account** &gt; **API Tokens**: Konto-Tokens werden anders geprüft.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="354"/>
        <source>Start from a template or from scratch</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Mit einer Vorlage oder leer beginnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="356"/>
        <source>Pick a template such as **Edit zone DNS**, or click **Get started** next to **Create Custom Token**.</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Wählen Sie eine Vorlage wie **Edit zone DNS** oder klicken Sie neben **Create Custom Token** auf **Get started**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="358"/>
        <source>Type a token name you will recognise later, such as &quot;Keylink&quot;.</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Geben Sie einen Token-Namen ein, den Sie später wiedererkennen, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="360"/>
        <source>Choose the permissions</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[2].title</extracomment>
        <translation>Die Berechtigungen wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="362"/>
        <source>Under **Permissions**, add a row for each permission listed here: pick **Zone**, **Account** or **User**, then the permission, then **Read** or **Edit**.</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Fügen Sie unter **Permissions** für jede hier aufgeführte Berechtigung eine Zeile hinzu: Wählen Sie **Zone**, **Account** oder **User**, dann die Berechtigung, dann **Read** oder **Edit**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="364"/>
        <source>The dashboard calls write access **Edit**; Cloudflare&apos;s API and this list call it Write.</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[2].items[0]</extracomment>
        <translation>Das Dashboard nennt Schreibzugriff **Edit**; die API von Cloudflare und diese Liste nennen ihn Write.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="366"/>
        <source>Under **Zone Resources** and **Account Resources**, choose which zones and accounts the token may reach.</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[2].items[1]</extracomment>
        <translation>Wählen Sie unter **Zone Resources** und **Account Resources**, welche Zonen und Konten das Token erreichen darf.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="368"/>
        <source>Limit the token (optional)</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[3].title</extracomment>
        <translation>Das Token einschränken (optional)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="370"/>
        <source>Under **Client IP Address Filtering** and **TTL**, you can restrict where the token works from and when it expires.</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[3].text</extracomment>
        <translation>Unter **Client IP Address Filtering** und **TTL** können Sie einschränken, von wo aus das Token funktioniert und wann es abläuft.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="372"/>
        <source>Keylink shows the expiry date once the token is linked.</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[3].items[0]</extracomment>
        <translation>Keylink zeigt das Ablaufdatum an, sobald das Token verknüpft ist.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="374"/>
        <source>Create and copy the token</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[4].title</extracomment>
        <translation>Das Token erstellen und kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="376"/>
        <source>Click **Continue to summary**, check the permissions, then click **Create Token**.</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[4].text</extracomment>
        <translation>Klicken Sie auf **Continue to summary**, prüfen Sie die Berechtigungen und klicken Sie dann auf **Create Token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="378"/>
        <source>Copy the token now: Cloudflare shows it only once. New tokens start with cfut_.</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[4].items[0]</extracomment>
        <translation>Kopieren Sie das Token jetzt: Cloudflare zeigt es nur einmal an. Neue Tokens beginnen mit cfut_.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="380"/>
        <source>If you lose it, roll the token from the **API Tokens** list to get a new value.</source>
        <extracomment>cloudflare.json $.authMethods[0].guide.sections[0].steps[4].items[1]</extracomment>
        <translation>Wenn Sie es verlieren, erneuern Sie das Token in der Liste **API Tokens**, um einen neuen Wert zu erhalten.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="382"/>
        <source>Monitoring, logs, traces and security for cloud applications</source>
        <extracomment>datadog.json $.description</extracomment>
        <translation>Monitoring, Logs, Traces und Sicherheit für Cloud-Anwendungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="384"/>
        <source>Creating an API key needs the **API Keys Write** permission, which the Datadog Admin role has.</source>
        <extracomment>datadog.json $.warnings[0]</extracomment>
        <translation>Zum Anlegen eines API-Schlüssels brauchen Sie die Berechtigung **API Keys Write**, die die Rolle Datadog Admin hat.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="386"/>
        <source>Without scopes, an application key can do everything its owner can.</source>
        <extracomment>datadog.json $.warnings[1]</extracomment>
        <translation>Ohne Scopes kann ein Anwendungsschlüssel alles, was sein Besitzer kann.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="388"/>
        <source>Limits differ per endpoint; each answer states its limit, what remains and the seconds until the period resets.</source>
        <extracomment>datadog.json $.api.rateLimit.summary</extracomment>
        <translation>Die Limits unterscheiden sich je nach Endpunkt; jede Antwort nennt ihr Limit, den Rest und die Sekunden bis zum Ende des Zeitraums.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="390"/>
        <source>Datadog does not document the format of the keys (32 and 40 hexadecimal characters in practice); Keylink only checks for words of at least 20 letters and digits.</source>
        <extracomment>datadog.json $.unconfirmed[0].guess</extracomment>
        <translation>Datadog dokumentiert das Format der Schlüssel nicht (in der Praxis 32 und 40 Hexadezimalzeichen); Keylink prüft nur auf Wörter aus mindestens 20 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="392"/>
        <source>Keylink tries each Datadog site in turn and keeps the first that accepts the keys; that other sites answer 403 for keys they do not know is documented only for the API key check.</source>
        <extracomment>datadog.json $.unconfirmed[1].guess</extracomment>
        <translation>Keylink versucht die Datadog-Sites der Reihe nach und behält die erste, die die Schlüssel annimmt; dass andere Sites für unbekannte Schlüssel 403 antworten, ist nur für die Prüfung des API-Schlüssels dokumentiert.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="394"/>
        <source>Datadog does not list an application key’s scopes in its answers, so Keylink checks some of them with read requests; a 403 there is taken as a missing scope.</source>
        <extracomment>datadog.json $.unconfirmed[2].guess</extracomment>
        <translation>Datadog nennt die Scopes eines Anwendungsschlüssels nicht in seinen Antworten; Keylink prüft daher einige mit Leseanfragen und wertet ein 403 dort als fehlenden Scope.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="396"/>
        <source>API key and application key</source>
        <extracomment>datadog.json $.authMethods[0].label</extracomment>
        <translation>API-Schlüssel und Anwendungsschlüssel</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="398"/>
        <source>Your organization’s API key together with an application key, which acts for the user or service account that owns it.</source>
        <extracomment>datadog.json $.authMethods[0].description</extracomment>
        <translation>Der API-Schlüssel Ihrer Organisation zusammen mit einem Anwendungsschlüssel, der für den Benutzer oder das Dienstkonto handelt, dem er gehört.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="400"/>
        <source>API Key</source>
        <extracomment>datadog.json $.authMethods[0].fields[0].label</extracomment>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="402"/>
        <source>A Datadog API key is one word of at least 20 letters and digits.</source>
        <extracomment>datadog.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Datadog-API-Schlüssel ist ein Wort aus mindestens 20 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="404"/>
        <source>Under **Organization Settings** &gt; **API Keys**.</source>
        <extracomment>datadog.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Unter **Organization Settings** &gt; **API Keys**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="406"/>
        <source>Application Key</source>
        <extracomment>datadog.json $.authMethods[0].fields[1].label</extracomment>
        <translation>Anwendungsschlüssel</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="408"/>
        <source>A Datadog application key is one word of at least 20 letters and digits.</source>
        <extracomment>datadog.json $.authMethods[0].fields[1].patternMessage</extracomment>
        <translation>Ein Datadog-Anwendungsschlüssel ist ein Wort aus mindestens 20 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="410"/>
        <source>Under **Organization Settings** &gt; **Application Keys**; often shown only once.</source>
        <extracomment>datadog.json $.authMethods[0].fields[1].hint</extracomment>
        <translation>Unter **Organization Settings** &gt; **Application Keys**; oft nur einmal angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="412"/>
        <source>US1 (app.datadoghq.com)</source>
        <extracomment>datadog.json $.authMethods[0].environments[0].label</extracomment>
        <translation>US1 (app.datadoghq.com)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="414"/>
        <source>EU1 (app.datadoghq.eu)</source>
        <extracomment>datadog.json $.authMethods[0].environments[1].label</extracomment>
        <translation>EU1 (app.datadoghq.eu)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="416"/>
        <source>US3 (us3.datadoghq.com)</source>
        <extracomment>datadog.json $.authMethods[0].environments[2].label</extracomment>
        <translation>US3 (us3.datadoghq.com)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="418"/>
        <source>US5 (us5.datadoghq.com)</source>
        <extracomment>datadog.json $.authMethods[0].environments[3].label</extracomment>
        <translation>US5 (us5.datadoghq.com)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="420"/>
        <source>AP1 (ap1.datadoghq.com)</source>
        <extracomment>datadog.json $.authMethods[0].environments[4].label</extracomment>
        <translation>AP1 (ap1.datadoghq.com)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="422"/>
        <source>AP2 (ap2.datadoghq.com)</source>
        <extracomment>datadog.json $.authMethods[0].environments[5].label</extracomment>
        <translation>AP2 (ap2.datadoghq.com)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="424"/>
        <source>UK1 (uk1.datadoghq.com)</source>
        <extracomment>datadog.json $.authMethods[0].environments[6].label</extracomment>
        <translation>UK1 (uk1.datadoghq.com)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="426"/>
        <source>US1-FED (app.ddog-gov.com)</source>
        <extracomment>datadog.json $.authMethods[0].environments[7].label</extracomment>
        <translation>US1-FED (app.ddog-gov.com)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="428"/>
        <source>US2-FED (us2.ddog-gov.com)</source>
        <extracomment>datadog.json $.authMethods[0].environments[8].label</extracomment>
        <translation>US2-FED (us2.ddog-gov.com)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="430"/>
        <source>Dashboards</source>
        <extracomment>datadog.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="432"/>
        <source>See dashboards</source>
        <extracomment>datadog.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Dashboards ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="434"/>
        <source>Create, change and delete dashboards</source>
        <extracomment>datadog.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Dashboards anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="436"/>
        <source>Share dashboards outside the organization</source>
        <extracomment>datadog.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Dashboards außerhalb der Organisation teilen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="438"/>
        <source>Monitors</source>
        <extracomment>datadog.json $.authMethods[0].scopes[3].group</extracomment>
        <translation>Monitore</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="440"/>
        <source>See monitors</source>
        <extracomment>datadog.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Monitore ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="442"/>
        <source>Create, change and delete monitors</source>
        <extracomment>datadog.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Monitore anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="444"/>
        <source>Schedule downtimes and mute monitors</source>
        <extracomment>datadog.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Ausfallzeiten planen und Monitore stummschalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="446"/>
        <source>Metrics</source>
        <extracomment>datadog.json $.authMethods[0].scopes[6].group</extracomment>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="448"/>
        <source>See the list of metrics and their metadata</source>
        <extracomment>datadog.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Die Liste der Metriken und ihre Metadaten ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="450"/>
        <source>Query metric time series</source>
        <extracomment>datadog.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Zeitreihen von Metriken abfragen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="452"/>
        <source>Infrastructure</source>
        <extracomment>datadog.json $.authMethods[0].scopes[8].group</extracomment>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="454"/>
        <source>See hosts and their tags</source>
        <extracomment>datadog.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Hosts und ihre Tags ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="458"/>
        <source>See events</source>
        <extracomment>datadog.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Ereignisse ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="460"/>
        <source>Logs</source>
        <extracomment>datadog.json $.authMethods[0].scopes[10].group</extracomment>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="462"/>
        <source>Read log data</source>
        <extracomment>datadog.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Log-Daten lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="464"/>
        <source>See log indexes, pipelines and other log settings</source>
        <extracomment>datadog.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Log-Indizes, Pipelines und andere Log-Einstellungen ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="466"/>
        <source>APM</source>
        <extracomment>datadog.json $.authMethods[0].scopes[12].group</extracomment>
        <translation>APM</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="468"/>
        <source>Read traces and APM data</source>
        <extracomment>datadog.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Traces und APM-Daten lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="470"/>
        <source>Service level objectives</source>
        <extracomment>datadog.json $.authMethods[0].scopes[13].group</extracomment>
        <translation>Service Level Objectives</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="472"/>
        <source>See SLOs</source>
        <extracomment>datadog.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>SLOs ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="474"/>
        <source>Create, change and delete SLOs</source>
        <extracomment>datadog.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>SLOs anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="476"/>
        <source>Apply status corrections to SLOs</source>
        <extracomment>datadog.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Statuskorrekturen auf SLOs anwenden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="478"/>
        <source>Synthetic monitoring</source>
        <extracomment>datadog.json $.authMethods[0].scopes[16].group</extracomment>
        <translation>Synthetic Monitoring</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="480"/>
        <source>See synthetic tests and their results</source>
        <extracomment>datadog.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Synthetische Tests und ihre Ergebnisse ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="482"/>
        <source>Create, change and delete synthetic tests</source>
        <extracomment>datadog.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>Synthetische Tests anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="484"/>
        <source>Incidents</source>
        <extracomment>datadog.json $.authMethods[0].scopes[18].group</extracomment>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="486"/>
        <source>See incidents</source>
        <extracomment>datadog.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>Incidents ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="488"/>
        <source>Create and update incidents</source>
        <extracomment>datadog.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Incidents anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="490"/>
        <source>Notebooks</source>
        <extracomment>datadog.json $.authMethods[0].scopes[20].group</extracomment>
        <translation>Notebooks</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="492"/>
        <source>See notebooks</source>
        <extracomment>datadog.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Notebooks ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="494"/>
        <source>Create, change and delete notebooks</source>
        <extracomment>datadog.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>Notebooks anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="496"/>
        <source>Security</source>
        <extracomment>datadog.json $.authMethods[0].scopes[22].group</extracomment>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="498"/>
        <source>See security signals</source>
        <extracomment>datadog.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>Sicherheitssignale ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="500"/>
        <source>See detection rules</source>
        <extracomment>datadog.json $.authMethods[0].scopes[23].description</extracomment>
        <translation>Erkennungsregeln ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="502"/>
        <source>Users and usage</source>
        <extracomment>datadog.json $.authMethods[0].scopes[24].group</extracomment>
        <translation>Benutzer und Nutzung</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="504"/>
        <source>See the organization’s users, roles and permissions</source>
        <extracomment>datadog.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Benutzer, Rollen und Berechtigungen der Organisation ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="506"/>
        <source>Invite, change and disable users</source>
        <extracomment>datadog.json $.authMethods[0].scopes[25].description</extracomment>
        <translation>Benutzer einladen, ändern und deaktivieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="508"/>
        <source>See usage and cost data</source>
        <extracomment>datadog.json $.authMethods[0].scopes[26].description</extracomment>
        <translation>Nutzungs- und Kostendaten ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="510"/>
        <source>List Dashboards</source>
        <extracomment>datadog.json $.authMethods[0].actions[0].label</extracomment>
        <translation>Dashboards auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="512"/>
        <source>Create Dashboard</source>
        <extracomment>datadog.json $.authMethods[0].actions[1].label</extracomment>
        <translation>Dashboard anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="514"/>
        <source>List Monitors</source>
        <extracomment>datadog.json $.authMethods[0].actions[2].label</extracomment>
        <translation>Monitore auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="516"/>
        <source>Create Monitor</source>
        <extracomment>datadog.json $.authMethods[0].actions[3].label</extracomment>
        <translation>Monitor anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="518"/>
        <source>Schedule Downtime</source>
        <extracomment>datadog.json $.authMethods[0].actions[4].label</extracomment>
        <translation>Ausfallzeit planen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="520"/>
        <source>Query Metrics</source>
        <extracomment>datadog.json $.authMethods[0].actions[5].label</extracomment>
        <translation>Metriken abfragen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="522"/>
        <source>List Metrics</source>
        <extracomment>datadog.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Metriken auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="524"/>
        <source>List Hosts</source>
        <extracomment>datadog.json $.authMethods[0].actions[7].label</extracomment>
        <translation>Hosts auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="528"/>
        <source>Search Logs</source>
        <extracomment>datadog.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Logs durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="530"/>
        <source>List SLOs</source>
        <extracomment>datadog.json $.authMethods[0].actions[10].label</extracomment>
        <translation>SLOs auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="532"/>
        <source>Create SLO</source>
        <extracomment>datadog.json $.authMethods[0].actions[11].label</extracomment>
        <translation>SLO anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="534"/>
        <source>List Synthetic Tests</source>
        <extracomment>datadog.json $.authMethods[0].actions[12].label</extracomment>
        <translation>Synthetische Tests auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="536"/>
        <source>List Incidents</source>
        <extracomment>datadog.json $.authMethods[0].actions[13].label</extracomment>
        <translation>Incidents auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="538"/>
        <source>Create Incident</source>
        <extracomment>datadog.json $.authMethods[0].actions[14].label</extracomment>
        <translation>Incident anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="540"/>
        <source>List Notebooks</source>
        <extracomment>datadog.json $.authMethods[0].actions[15].label</extracomment>
        <translation>Notebooks auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="542"/>
        <source>List Users</source>
        <extracomment>datadog.json $.authMethods[0].actions[16].label</extracomment>
        <translation>Benutzer auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="544"/>
        <source>Create the Datadog API key and application key</source>
        <extracomment>datadog.json $.authMethods[0].guide.title</extracomment>
        <translation>Den Datadog-API-Schlüssel und den Anwendungsschlüssel anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="546"/>
        <source>Use your Datadog site</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Ihre Datadog-Site verwenden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="548"/>
        <source>Datadog runs separate sites, such as app.datadoghq.com (US1) and app.datadoghq.eu (EU1). Create both keys on the site you sign in to; Keylink finds the site by itself.</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Datadog betreibt getrennte Sites, etwa app.datadoghq.com (US1) und app.datadoghq.eu (EU1). Legen Sie beide Schlüssel auf der Site an, bei der Sie sich anmelden; Keylink findet die Site selbst.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="550"/>
        <source>Sign in</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="552"/>
        <source>Sign in to Datadog. The links below open US1; on another site, open the same pages there.</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei Datadog an. Die Links unten öffnen US1; auf einer anderen Site öffnen Sie dort dieselben Seiten.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="554"/>
        <source>Create the API key</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Den API-Schlüssel anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="556"/>
        <source>Open the API keys</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Die API-Schlüssel öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="558"/>
        <source>Open **Organization Settings** and, under **Access**, click **API Keys**.</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Öffnen Sie **Organization Settings** und klicken Sie unter **Access** auf **API Keys**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="560"/>
        <source>Create and copy it</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[1].steps[1].title</extracomment>
        <translation>Anlegen und kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="562"/>
        <source>Click **New Key**, type a name such as &quot;Keylink&quot; and click **Create Key**. Copy the key.</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[1].steps[1].text</extracomment>
        <translation>Klicken Sie auf **New Key**, geben Sie einen Namen wie „Keylink“ ein und klicken Sie auf **Create Key**. Kopieren Sie den Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="564"/>
        <source>Create the application key</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[2].title</extracomment>
        <translation>Den Anwendungsschlüssel anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="566"/>
        <source>The application key acts for you, or for the service account that owns it.</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[2].intro</extracomment>
        <translation>Der Anwendungsschlüssel handelt für Sie oder für das Dienstkonto, dem er gehört.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="568"/>
        <source>Open the application keys</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[2].steps[0].title</extracomment>
        <translation>Die Anwendungsschlüssel öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="570"/>
        <source>Under **Organization Settings** &gt; **Access**, click **Application Keys**.</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[2].steps[0].text</extracomment>
        <translation>Klicken Sie unter **Organization Settings** &gt; **Access** auf **Application Keys**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="572"/>
        <source>Click **New Key**, type a name and click **Create Key**. Copy the key right away: many organizations show it only once.</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[2].steps[1].text</extracomment>
        <translation>Klicken Sie auf **New Key**, geben Sie einen Namen ein und klicken Sie auf **Create Key**. Kopieren Sie den Schlüssel sofort: Viele Organisationen zeigen ihn nur einmal.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="574"/>
        <source>Limit its scopes</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[2].steps[2].title</extracomment>
        <translation>Seine Scopes begrenzen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="576"/>
        <source>To keep the key to what Keylink needs, edit its scopes and select the ones listed here.</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[2].steps[2].text</extracomment>
        <translation>Damit der Schlüssel nur kann, was Keylink braucht, bearbeiten Sie seine Scopes und wählen Sie die hier aufgeführten aus.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="578"/>
        <source>Scoping your own keys needs the **User App Keys** permission.</source>
        <extracomment>datadog.json $.authMethods[0].guide.sections[2].steps[2].items[0]</extracomment>
        <translation>Um eigene Schlüssel zu begrenzen, brauchen Sie die Berechtigung **User App Keys**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="580"/>
        <source>Cloud servers, Kubernetes, databases and storage for developers</source>
        <extracomment>digitalocean.json $.description</extracomment>
        <translation>Cloud-Server, Kubernetes, Datenbanken und Speicher für Entwickler</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="582"/>
        <source>A token can never do more than your role in the team allows, whatever scopes it has.</source>
        <extracomment>digitalocean.json $.warnings[0]</extracomment>
        <translation>Ein Token kann nie mehr, als Ihre Rolle im Team erlaubt, egal welche Scopes es hat.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="584"/>
        <source>Per token: 5,000 requests an hour and 250 a minute. Each request counts for one hour from when it was made.</source>
        <extracomment>digitalocean.json $.api.rateLimit.summary</extracomment>
        <translation>Pro Token: 5.000 Anfragen pro Stunde und 250 pro Minute. Jede Anfrage zählt eine Stunde lang ab ihrem Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="586"/>
        <source>DigitalOcean documents the dop_v1_ prefix but not the rest (64 hexadecimal characters in practice); Keylink only checks for letters and digits after the prefix.</source>
        <extracomment>digitalocean.json $.unconfirmed[0].guess</extracomment>
        <translation>DigitalOcean dokumentiert das Präfix dop_v1_, nicht aber den Rest (in der Praxis 64 Hexadezimalzeichen); Keylink prüft nach dem Präfix nur auf Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="588"/>
        <source>A token from the DigitalOcean control panel with full, read-only or custom scopes, for one team.</source>
        <extracomment>digitalocean.json $.authMethods[0].description</extracomment>
        <translation>Ein Token aus dem DigitalOcean-Control-Panel mit vollen, Nur-Lese- oder eigenen Scopes, für ein Team.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="590"/>
        <source>A DigitalOcean personal access token starts with dop_v1_, followed by letters and digits.</source>
        <extracomment>digitalocean.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein persönliches DigitalOcean-Zugriffstoken beginnt mit dop_v1_, gefolgt von Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="592"/>
        <source>Shown once, right after you generate it on the **API** page.</source>
        <extracomment>digitalocean.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Wird einmal angezeigt, direkt nachdem Sie es auf der Seite **API** erzeugt haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="594"/>
        <source>See the account’s details</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Die Kontodetails ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="596"/>
        <source>Actions</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[1].group</extracomment>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="598"/>
        <source>See the history of actions in the team</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Den Verlauf der Aktionen im Team ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="600"/>
        <source>Regions and sizes</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[2].group</extracomment>
        <translation>Regionen und Größen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="602"/>
        <source>See the data center regions</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Die Rechenzentrumsregionen ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="604"/>
        <source>See the plan sizes of Droplets</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Die Tarifgrößen von Droplets ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="606"/>
        <source>Droplets</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[4].group</extracomment>
        <translation>Droplets</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="608"/>
        <source>See Droplets</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Droplets ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="610"/>
        <source>Create Droplets</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Droplets anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="612"/>
        <source>Change Droplets, such as power them on or off</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Droplets ändern, etwa ein- oder ausschalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="614"/>
        <source>Delete Droplets</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Droplets löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="616"/>
        <source>Images</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[8].group</extracomment>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="618"/>
        <source>See images</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Images ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="620"/>
        <source>Create images</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Images anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="622"/>
        <source>Change images</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Images ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="624"/>
        <source>Delete images</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Images löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="626"/>
        <source>Snapshots</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[12].group</extracomment>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="628"/>
        <source>See snapshots</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Snapshots ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="630"/>
        <source>Delete snapshots</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Snapshots löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="632"/>
        <source>Volumes</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[14].group</extracomment>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="634"/>
        <source>See Block Storage volumes</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Block-Storage-Volumes ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="636"/>
        <source>Create Block Storage volumes</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Block-Storage-Volumes anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="638"/>
        <source>Delete Block Storage volumes</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Block-Storage-Volumes löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="640"/>
        <source>See the history of volume actions</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>Den Verlauf der Volume-Aktionen ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="642"/>
        <source>Attach and detach volumes</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>Volumes anhängen und trennen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="644"/>
        <source>See volume snapshots</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Volume-Snapshots ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="646"/>
        <source>Create volume snapshots</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Volume-Snapshots anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="648"/>
        <source>Delete volume snapshots</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>Volume-Snapshots löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="650"/>
        <source>Kubernetes</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[22].group</extracomment>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="652"/>
        <source>See Kubernetes clusters, without their credentials</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>Kubernetes-Cluster ansehen, ohne ihre Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="654"/>
        <source>Create Kubernetes clusters</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[23].description</extracomment>
        <translation>Kubernetes-Cluster anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="656"/>
        <source>Change Kubernetes clusters</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Kubernetes-Cluster ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="658"/>
        <source>Delete Kubernetes clusters</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[25].description</extracomment>
        <translation>Kubernetes-Cluster löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="660"/>
        <source>Get the credentials (kubeconfig) of Kubernetes clusters</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[26].description</extracomment>
        <translation>Die Zugangsdaten (kubeconfig) von Kubernetes-Clustern abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="662"/>
        <source>App Platform</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[27].group</extracomment>
        <translation>App Platform</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="664"/>
        <source>See App Platform apps and their logs</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[27].description</extracomment>
        <translation>App-Platform-Apps und ihre Logs ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="666"/>
        <source>Create App Platform apps</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[28].description</extracomment>
        <translation>App-Platform-Apps anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="668"/>
        <source>Change App Platform apps</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[29].description</extracomment>
        <translation>App-Platform-Apps ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="670"/>
        <source>Delete App Platform apps</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[30].description</extracomment>
        <translation>App-Platform-Apps löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="672"/>
        <source>Open the console of App Platform apps</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[31].description</extracomment>
        <translation>Die Konsole von App-Platform-Apps öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="674"/>
        <source>Functions</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[32].group</extracomment>
        <translation>Functions</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="676"/>
        <source>See Functions namespaces</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[32].description</extracomment>
        <translation>Functions-Namespaces ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="678"/>
        <source>Create Functions namespaces</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[33].description</extracomment>
        <translation>Functions-Namespaces anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="680"/>
        <source>Change Functions namespaces</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[34].description</extracomment>
        <translation>Functions-Namespaces ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="682"/>
        <source>Delete Functions namespaces</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[35].description</extracomment>
        <translation>Functions-Namespaces löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="684"/>
        <source>Databases</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[36].group</extracomment>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="686"/>
        <source>See managed databases</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[36].description</extracomment>
        <translation>Verwaltete Datenbanken ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="688"/>
        <source>Create managed databases</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[37].description</extracomment>
        <translation>Verwaltete Datenbanken anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="690"/>
        <source>Change managed databases</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[38].description</extracomment>
        <translation>Verwaltete Datenbanken ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="692"/>
        <source>Delete managed databases</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[39].description</extracomment>
        <translation>Verwaltete Datenbanken löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="694"/>
        <source>See the connection credentials of databases</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[40].description</extracomment>
        <translation>Die Zugangsdaten von Datenbanken ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="696"/>
        <source>Container Registry</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[41].group</extracomment>
        <translation>Container Registry</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="698"/>
        <source>See container registries</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[41].description</extracomment>
        <translation>Container-Registries ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="700"/>
        <source>Create container registries</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[42].description</extracomment>
        <translation>Container-Registries anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="702"/>
        <source>Change container registries</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[43].description</extracomment>
        <translation>Container-Registries ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="704"/>
        <source>Delete container registries</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[44].description</extracomment>
        <translation>Container-Registries löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="706"/>
        <source>Domains</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[45].group</extracomment>
        <translation>Domains</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="708"/>
        <source>See domains and DNS records</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[45].description</extracomment>
        <translation>Domains und DNS-Einträge ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="710"/>
        <source>Create domains and DNS records</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[46].description</extracomment>
        <translation>Domains und DNS-Einträge anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="712"/>
        <source>Change domains and DNS records</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[47].description</extracomment>
        <translation>Domains und DNS-Einträge ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="714"/>
        <source>Delete domains and DNS records</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[48].description</extracomment>
        <translation>Domains und DNS-Einträge löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="716"/>
        <source>Certificates</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[49].group</extracomment>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="718"/>
        <source>See TLS certificates</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[49].description</extracomment>
        <translation>TLS-Zertifikate ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="720"/>
        <source>Create TLS certificates</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[50].description</extracomment>
        <translation>TLS-Zertifikate anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="722"/>
        <source>Delete TLS certificates</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[51].description</extracomment>
        <translation>TLS-Zertifikate löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="724"/>
        <source>CDN</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[52].group</extracomment>
        <translation>CDN</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="726"/>
        <source>See CDN endpoints</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[52].description</extracomment>
        <translation>CDN-Endpunkte ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="728"/>
        <source>Create CDN endpoints</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[53].description</extracomment>
        <translation>CDN-Endpunkte anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="730"/>
        <source>Change CDN endpoints</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[54].description</extracomment>
        <translation>CDN-Endpunkte ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="732"/>
        <source>Delete CDN endpoints</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[55].description</extracomment>
        <translation>CDN-Endpunkte löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="734"/>
        <source>Load balancers</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[56].group</extracomment>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="736"/>
        <source>See load balancers</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[56].description</extracomment>
        <translation>Load Balancer ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="738"/>
        <source>Create load balancers</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[57].description</extracomment>
        <translation>Load Balancer anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="740"/>
        <source>Delete load balancers</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[59].description</extracomment>
        <translation>Load Balancer löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="742"/>
        <source>Cloud firewalls</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[60].group</extracomment>
        <translation>Cloud-Firewalls</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="744"/>
        <source>See cloud firewalls</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[60].description</extracomment>
        <translation>Cloud-Firewalls ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="746"/>
        <source>Create cloud firewalls</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[61].description</extracomment>
        <translation>Cloud-Firewalls anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="748"/>
        <source>Change cloud firewalls</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[62].description</extracomment>
        <translation>Cloud-Firewalls ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="750"/>
        <source>Delete cloud firewalls</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[63].description</extracomment>
        <translation>Cloud-Firewalls löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="752"/>
        <source>Reserved IPs</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[64].group</extracomment>
        <translation>Reservierte IPs</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="754"/>
        <source>See reserved IP addresses</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[64].description</extracomment>
        <translation>Reservierte IP-Adressen ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="756"/>
        <source>Create reserved IP addresses</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[65].description</extracomment>
        <translation>Reservierte IP-Adressen anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="758"/>
        <source>Change reserved IP addresses</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[66].description</extracomment>
        <translation>Reservierte IP-Adressen ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="760"/>
        <source>Delete reserved IP addresses</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[67].description</extracomment>
        <translation>Reservierte IP-Adressen löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="762"/>
        <source>VPCs</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[68].group</extracomment>
        <translation>VPCs</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="764"/>
        <source>See VPC networks</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[68].description</extracomment>
        <translation>VPC-Netzwerke ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="766"/>
        <source>Create VPC networks</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[69].description</extracomment>
        <translation>VPC-Netzwerke anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="768"/>
        <source>Change VPC networks</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[70].description</extracomment>
        <translation>VPC-Netzwerke ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="770"/>
        <source>Delete VPC networks</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[71].description</extracomment>
        <translation>VPC-Netzwerke löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="772"/>
        <source>See VPC peerings</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[72].description</extracomment>
        <translation>VPC-Peerings ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="774"/>
        <source>Create VPC peerings</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[73].description</extracomment>
        <translation>VPC-Peerings anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="776"/>
        <source>Change VPC peerings</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[74].description</extracomment>
        <translation>VPC-Peerings ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="778"/>
        <source>Delete VPC peerings</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[75].description</extracomment>
        <translation>VPC-Peerings löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="780"/>
        <source>See NAT gateways</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[76].description</extracomment>
        <translation>NAT-Gateways ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="782"/>
        <source>Create NAT gateways</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[77].description</extracomment>
        <translation>NAT-Gateways anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="784"/>
        <source>Change NAT gateways</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[78].description</extracomment>
        <translation>NAT-Gateways ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="786"/>
        <source>Delete NAT gateways</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[79].description</extracomment>
        <translation>NAT-Gateways löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="788"/>
        <source>See Partner Network Connect attachments</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[80].description</extracomment>
        <translation>Partner-Network-Connect-Anbindungen ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="790"/>
        <source>Create Partner Network Connect attachments</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[81].description</extracomment>
        <translation>Partner-Network-Connect-Anbindungen anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="792"/>
        <source>See bring-your-own IP prefixes</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[82].description</extracomment>
        <translation>Eigene IP-Präfixe (BYOIP) ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="794"/>
        <source>Create bring-your-own IP prefixes</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[83].description</extracomment>
        <translation>Eigene IP-Präfixe (BYOIP) anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="796"/>
        <source>Delete bring-your-own IP prefixes</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[84].description</extracomment>
        <translation>Eigene IP-Präfixe (BYOIP) löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="798"/>
        <source>Network file storage</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[85].group</extracomment>
        <translation>Netzwerk-Dateispeicher</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="800"/>
        <source>See network file shares</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[85].description</extracomment>
        <translation>Netzwerk-Dateifreigaben ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="802"/>
        <source>Create network file shares</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[86].description</extracomment>
        <translation>Netzwerk-Dateifreigaben anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="804"/>
        <source>Delete network file shares</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[87].description</extracomment>
        <translation>Netzwerk-Dateifreigaben löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="806"/>
        <source>Spaces</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[88].group</extracomment>
        <translation>Spaces</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="808"/>
        <source>See Spaces access keys</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[88].description</extracomment>
        <translation>Spaces-Zugriffsschlüssel ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="810"/>
        <source>Change Spaces access keys</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[89].description</extracomment>
        <translation>Spaces-Zugriffsschlüssel ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="812"/>
        <source>Delete Spaces access keys</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[90].description</extracomment>
        <translation>Spaces-Zugriffsschlüssel löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="814"/>
        <source>Create Spaces access keys</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[91].description</extracomment>
        <translation>Spaces-Zugriffsschlüssel anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="816"/>
        <source>SSH keys</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[92].group</extracomment>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="818"/>
        <source>See SSH keys</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[92].description</extracomment>
        <translation>SSH-Schlüssel ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="820"/>
        <source>Create SSH keys</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[93].description</extracomment>
        <translation>SSH-Schlüssel anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="822"/>
        <source>Change SSH keys</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[94].description</extracomment>
        <translation>SSH-Schlüssel ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="824"/>
        <source>Delete SSH keys</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[95].description</extracomment>
        <translation>SSH-Schlüssel löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="828"/>
        <source>See resource tags</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[96].description</extracomment>
        <translation>Ressourcen-Tags ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="830"/>
        <source>Create tags and tag resources</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[97].description</extracomment>
        <translation>Tags anlegen und Ressourcen taggen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="832"/>
        <source>Delete resource tags</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[98].description</extracomment>
        <translation>Ressourcen-Tags löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="834"/>
        <source>Projects</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[99].group</extracomment>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="836"/>
        <source>See projects</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[99].description</extracomment>
        <translation>Projekte ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="838"/>
        <source>Create projects</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[100].description</extracomment>
        <translation>Projekte anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="840"/>
        <source>Change projects</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[101].description</extracomment>
        <translation>Projekte ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="842"/>
        <source>Delete projects</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[102].description</extracomment>
        <translation>Projekte löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="844"/>
        <source>Move resources into projects</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[103].description</extracomment>
        <translation>Ressourcen Projekten zuordnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="846"/>
        <source>Monitoring</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[104].group</extracomment>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="848"/>
        <source>See monitoring metrics and alert policies</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[104].description</extracomment>
        <translation>Monitoring-Metriken und Alarmrichtlinien ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="850"/>
        <source>Create monitoring alert policies</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[105].description</extracomment>
        <translation>Monitoring-Alarmrichtlinien anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="852"/>
        <source>Change monitoring alert policies</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[106].description</extracomment>
        <translation>Monitoring-Alarmrichtlinien ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="854"/>
        <source>Delete monitoring alert policies</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[107].description</extracomment>
        <translation>Monitoring-Alarmrichtlinien löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="856"/>
        <source>See uptime checks and their alerts</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[108].description</extracomment>
        <translation>Uptime-Prüfungen und ihre Alarme ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="858"/>
        <source>Create uptime checks and their alerts</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[109].description</extracomment>
        <translation>Uptime-Prüfungen und ihre Alarme anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="860"/>
        <source>Change uptime checks and their alerts</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[110].description</extracomment>
        <translation>Uptime-Prüfungen und ihre Alarme ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="862"/>
        <source>Delete uptime checks and their alerts</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[111].description</extracomment>
        <translation>Uptime-Prüfungen und ihre Alarme löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="864"/>
        <source>Billing</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[112].group</extracomment>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="866"/>
        <source>See the balance, billing history and invoices</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[112].description</extracomment>
        <translation>Saldo, Abrechnungsverlauf und Rechnungen ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="868"/>
        <source>Organization</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[113].group</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="870"/>
        <source>See the organization’s teams</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[113].description</extracomment>
        <translation>Die Teams der Organisation ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="872"/>
        <source>Create teams in the organization</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[114].description</extracomment>
        <translation>Teams in der Organisation anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="874"/>
        <source>Marketplace add-ons</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[115].group</extracomment>
        <translation>Marketplace-Add-ons</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="876"/>
        <source>See Marketplace add-on resources</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[115].description</extracomment>
        <translation>Marketplace-Add-on-Ressourcen ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="878"/>
        <source>Create Marketplace add-on resources</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[116].description</extracomment>
        <translation>Marketplace-Add-on-Ressourcen anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="880"/>
        <source>Change Marketplace add-on resources</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[117].description</extracomment>
        <translation>Marketplace-Add-on-Ressourcen ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="882"/>
        <source>Delete Marketplace add-on resources</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[118].description</extracomment>
        <translation>Marketplace-Add-on-Ressourcen löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="884"/>
        <source>GenAI Platform</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[119].group</extracomment>
        <translation>GenAI Platform</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="886"/>
        <source>See GenAI agents, models and knowledge bases</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[119].description</extracomment>
        <translation>GenAI-Agenten, -Modelle und -Wissensdatenbanken ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="888"/>
        <source>Create GenAI agents, models and knowledge bases</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[120].description</extracomment>
        <translation>GenAI-Agenten, -Modelle und -Wissensdatenbanken anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="890"/>
        <source>Change GenAI agents, models and knowledge bases</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[121].description</extracomment>
        <translation>GenAI-Agenten, -Modelle und -Wissensdatenbanken ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="892"/>
        <source>Delete GenAI agents, models and knowledge bases</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[122].description</extracomment>
        <translation>GenAI-Agenten, -Modelle und -Wissensdatenbanken löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="894"/>
        <source>See dedicated inference endpoints</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[123].description</extracomment>
        <translation>Dedizierte Inferenz-Endpunkte ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="896"/>
        <source>Create dedicated inference endpoints</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[124].description</extracomment>
        <translation>Dedizierte Inferenz-Endpunkte anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="898"/>
        <source>Change dedicated inference endpoints</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[125].description</extracomment>
        <translation>Dedizierte Inferenz-Endpunkte ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="900"/>
        <source>Delete dedicated inference endpoints</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[126].description</extracomment>
        <translation>Dedizierte Inferenz-Endpunkte löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="902"/>
        <source>See access tokens of dedicated inference endpoints</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[127].description</extracomment>
        <translation>Zugriffstokens dedizierter Inferenz-Endpunkte ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="904"/>
        <source>Create access tokens of dedicated inference endpoints</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[128].description</extracomment>
        <translation>Zugriffstokens dedizierter Inferenz-Endpunkte anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="906"/>
        <source>Delete access tokens of dedicated inference endpoints</source>
        <extracomment>digitalocean.json $.authMethods[0].scopes[129].description</extracomment>
        <translation>Zugriffstokens dedizierter Inferenz-Endpunkte löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="908"/>
        <source>List Droplets</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[0].label</extracomment>
        <translation>Droplets auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="910"/>
        <source>Get Droplet</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[1].label</extracomment>
        <translation>Droplet abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="912"/>
        <source>Create Droplet</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[2].label</extracomment>
        <translation>Droplet anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="914"/>
        <source>Power Droplet On or Off</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[3].label</extracomment>
        <translation>Droplet ein- oder ausschalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="916"/>
        <source>Delete Droplet</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[4].label</extracomment>
        <translation>Droplet löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="918"/>
        <source>List Volumes</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[5].label</extracomment>
        <translation>Volumes auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="920"/>
        <source>Snapshot Volume</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Snapshot eines Volumes erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="922"/>
        <source>List Kubernetes Clusters</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[7].label</extracomment>
        <translation>Kubernetes-Cluster auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="924"/>
        <source>Get Kubernetes Cluster Credentials</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Zugangsdaten eines Kubernetes-Clusters abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="926"/>
        <source>List Apps</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Apps auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="928"/>
        <source>Deploy App</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[10].label</extracomment>
        <translation>App bereitstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="930"/>
        <source>List Databases</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[11].label</extracomment>
        <translation>Datenbanken auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="932"/>
        <source>List Domains</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[12].label</extracomment>
        <translation>Domains auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="934"/>
        <source>Create Domain Record</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[13].label</extracomment>
        <translation>DNS-Eintrag anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="936"/>
        <source>List Firewalls</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[14].label</extracomment>
        <translation>Firewalls auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="938"/>
        <source>Update Firewall</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[15].label</extracomment>
        <translation>Firewall ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="940"/>
        <source>List SSH Keys</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[16].label</extracomment>
        <translation>SSH-Schlüssel auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="942"/>
        <source>Add SSH Key</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[17].label</extracomment>
        <translation>SSH-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="944"/>
        <source>List Projects</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[18].label</extracomment>
        <translation>Projekte auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="946"/>
        <source>Get Balance</source>
        <extracomment>digitalocean.json $.authMethods[0].actions[19].label</extracomment>
        <translation>Saldo abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="948"/>
        <source>Create the DigitalOcean personal access token</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.title</extracomment>
        <translation>Das persönliche DigitalOcean-Zugriffstoken anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="952"/>
        <source>A token belongs to the team that is selected while you create it.</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Ein Token gehört zu dem Team, das beim Anlegen ausgewählt ist.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="954"/>
        <source>Open the API page</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Die API-Seite öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="956"/>
        <source>Sign in to the DigitalOcean control panel, switch to the right team, and click **API** in the left menu. The **Tokens** tab opens.</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich im DigitalOcean-Control-Panel an, wechseln Sie ins richtige Team und klicken Sie im linken Menü auf **API**. Der Tab **Tokens** öffnet sich.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="962"/>
        <source>In **Personal access tokens**, click **Generate New Token** and fill in the form.</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Klicken Sie unter **Personal access tokens** auf **Generate New Token** und füllen Sie das Formular aus.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="964"/>
        <source>**Token name**: for example &quot;Keylink&quot;.</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>**Token name**: zum Beispiel „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="966"/>
        <source>**Expiration**: when the token stops working. DigitalOcean does not tell Keylink the date, so note it yourself.</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>**Expiration**: wann das Token aufhört zu funktionieren. DigitalOcean nennt Keylink das Datum nicht; notieren Sie es selbst.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="968"/>
        <source>Choose the scopes</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Die Scopes wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="970"/>
        <source>Pick custom scopes</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Eigene Scopes wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="972"/>
        <source>Under the scopes, choose custom scopes and select the ones listed here. Full access and read-only tokens work too, but they can do more than Keylink needs.</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Wählen Sie bei den Scopes eigene Scopes und markieren Sie die hier aufgeführten. Tokens mit vollem oder Nur-Lese-Zugriff funktionieren auch, können aber mehr, als Keylink braucht.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="974"/>
        <source>Keep **account:read**: Keylink reads the account details to check the token.</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[1].steps[0].items[0]</extracomment>
        <translation>Behalten Sie **account:read**: Keylink liest die Kontodetails, um das Token zu prüfen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="976"/>
        <source>Some scopes need others; for example droplet:read needs regions:read, sizes:read, actions:read and image:read.</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[1].steps[0].items[1]</extracomment>
        <translation>Manche Scopes brauchen andere; droplet:read etwa braucht regions:read, sizes:read, actions:read und image:read.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="978"/>
        <source>Generate and copy</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[2].steps[0].title</extracomment>
        <translation>Erzeugen und kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="980"/>
        <source>Click **Generate Token**. Copy the token, which starts with dop_v1_, right away: DigitalOcean shows it only once.</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[2].steps[0].text</extracomment>
        <translation>Klicken Sie auf **Generate Token**. Kopieren Sie das Token, das mit dop_v1_ beginnt, sofort: DigitalOcean zeigt es nur einmal.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1140"/>
        <source>Tags (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[41].description</extracomment>
        <translation>Tags (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1142"/>
        <source>Tags (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[42].description</extracomment>
        <translation>Tags (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1144"/>
        <source>Tax And Duties</source>
        <extracomment>easyship.json $.authMethods[0].scopes[43].group</extracomment>
        <translation>Steuern und Zölle</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1146"/>
        <source>Tax And Duties (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[43].description</extracomment>
        <translation>Steuern und Zölle (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1148"/>
        <source>Tracks</source>
        <extracomment>easyship.json $.authMethods[0].scopes[44].group</extracomment>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1150"/>
        <source>Tracks (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[44].description</extracomment>
        <translation>Sendungsverfolgung (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1152"/>
        <source>Track 3ps</source>
        <extracomment>easyship.json $.authMethods[0].scopes[45].group</extracomment>
        <translation>Verfolgung über Dritte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1154"/>
        <source>Track 3ps (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[45].description</extracomment>
        <translation>Verfolgung über Dritte (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1156"/>
        <source>Track 3ps (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[46].description</extracomment>
        <translation>Verfolgung über Dritte (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1158"/>
        <source>Transaction Records</source>
        <extracomment>easyship.json $.authMethods[0].scopes[47].group</extracomment>
        <translation>Transaktionsbelege</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1160"/>
        <source>Transaction Records (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[47].description</extracomment>
        <translation>Transaktionsbelege (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1162"/>
        <source>Webhooks</source>
        <extracomment>easyship.json $.authMethods[0].scopes[48].group</extracomment>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1164"/>
        <source>Webhooks (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[48].description</extracomment>
        <translation>Webhooks (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1166"/>
        <source>Webhooks (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[49].description</extracomment>
        <translation>Webhooks (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1168"/>
        <source>Create the Easyship API access token</source>
        <extracomment>easyship.json $.authMethods[0].guide.title</extracomment>
        <translation>Den Easyship-API-Zugriffstoken erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1170"/>
        <source>Generate an API access token</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Ein API-Zugriffstoken erzeugen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1172"/>
        <source>Easyship issues access tokens for an API integration that you create in its dashboard.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Easyship stellt Zugriffstokens für eine API-Integration aus, die Sie in seinem Dashboard anlegen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1174"/>
        <source>Open the API integrations</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Die API-Integrationen öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1176"/>
        <source>Go to the API settings of your Easyship dashboard.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Gehen Sie zu den API-Einstellungen Ihres Easyship-Dashboards.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1178"/>
        <source>Open the Easyship dashboard</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Das Easyship-Dashboard öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1180"/>
        <source>Log in to the Easyship dashboard.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Melden Sie sich im Easyship-Dashboard an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1182"/>
        <source>In the left sidebar, under **Integrations**, click **API &amp; Webhooks**.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Klicken Sie in der linken Seitenleiste unter **Integrations** auf **API &amp; Webhooks**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1184"/>
        <source>Click **New Integration**, scroll down and pick **API Integration**.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].items[2]</extracomment>
        <translation>Klicken Sie auf **New Integration**, scrollen Sie nach unten und wählen Sie **API Integration**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1186"/>
        <source>Set up the integration</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Die Integration einrichten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1188"/>
        <source>Fill in the API Integration dialog.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Füllen Sie den Dialog „API Integration“ aus.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1190"/>
        <source>For **Integration Type**, choose &quot;I&apos;m developing a custom integration&quot;.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Wählen Sie bei **Integration Type** „I&apos;m developing a custom integration“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1192"/>
        <source>Give it a clear **Integration Name**, such as &quot;Keylink&quot;.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>Geben Sie ihr einen klaren **Integration Name**, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1194"/>
        <source>For **API Version**, choose &quot;2024-09 and newer&quot;.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].items[2]</extracomment>
        <translation>Wählen Sie bei **API Version** „2024-09 and newer“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1196"/>
        <source>Click **CONNECT**.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].items[3]</extracomment>
        <translation>Klicken Sie auf **CONNECT**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1198"/>
        <source>Choose scopes and copy a token</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].title</extracomment>
        <translation>Scopes wählen und ein Token kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1200"/>
        <source>The new integration has an access token for production and one for the sandbox.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Die neue Integration hat ein Zugriffstoken für die Produktion und eines für die Sandbox.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1202"/>
        <source>Expand **Access Token** under both **Production** and **Sandbox** to see the two tokens.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].items[0]</extracomment>
        <translation>Klappen Sie **Access Token** unter **Production** und unter **Sandbox** auf, um die beiden Tokens zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1204"/>
        <source>A production token starts with prod_, a sandbox token with sand_.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].items[1]</extracomment>
        <translation>Ein Produktionstoken beginnt mit prod_, ein Sandbox-Token mit sand_.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1206"/>
        <source>Under **Standard Scopes**, switch on the scopes listed here. Every scope is on by default.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].items[2]</extracomment>
        <translation>Schalten Sie unter **Standard Scopes** die hier aufgeführten Scopes ein. Standardmäßig ist jeder Scope eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1208"/>
        <source>Copy the token for the environment you want, and keep it safe: it signs every request.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].items[3]</extracomment>
        <translation>Kopieren Sie das Token für die gewünschte Umgebung und bewahren Sie es sicher auf: Es signiert jede Anfrage.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1210"/>
        <source>OAuth 2 partner application</source>
        <extracomment>easyship.json $.authMethods[1].label</extracomment>
        <translation>OAuth-2-Partneranwendung</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1212"/>
        <source>A partner application&apos;s client id and secret, exchanged for access tokens that Keylink refreshes for you.</source>
        <extracomment>easyship.json $.authMethods[1].description</extracomment>
        <translation>Client-ID und Secret einer Partneranwendung, eingetauscht gegen Zugriffstokens, die Keylink für Sie erneuert.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1214"/>
        <source>The scopes Keylink asks for must be allowed on the partner application in the Easyship dashboard.</source>
        <extracomment>easyship.json $.authMethods[1].warnings[0]</extracomment>
        <translation>Die Berechtigungen, die Keylink anfordert, müssen für die Partneranwendung im Easyship-Dashboard erlaubt sein.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1216"/>
        <source>Client ID</source>
        <extracomment>easyship.json $.authMethods[1].fields[0].label</extracomment>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1218"/>
        <source>The client ID has no spaces.</source>
        <extracomment>easyship.json $.authMethods[1].fields[0].patternMessage</extracomment>
        <translation>Die Client-ID enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1220"/>
        <source>From your partner application in the Easyship dashboard.</source>
        <extracomment>easyship.json $.authMethods[1].fields[0].hint</extracomment>
        <translation>Aus Ihrer Partneranwendung im Easyship-Dashboard.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1222"/>
        <source>Client Secret</source>
        <extracomment>easyship.json $.authMethods[1].fields[1].label</extracomment>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1224"/>
        <source>The client secret has no spaces.</source>
        <extracomment>easyship.json $.authMethods[1].fields[1].patternMessage</extracomment>
        <translation>Das Client-Secret enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1226"/>
        <source>Public API 2024-09 and newer</source>
        <extracomment>easyship.json $.authMethods[1].scopeFamilies[0].label</extracomment>
        <translation>Public API 2024-09 und neuer</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1228"/>
        <source>Public API 2023-01 and older</source>
        <extracomment>easyship.json $.authMethods[1].scopeFamilies[1].label</extracomment>
        <translation>Public API 2023-01 und älter</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1230"/>
        <source>An OAuth 2 application supports only one type of API scopes: the scopes introduced with Public API 2024-09 and the older ones can never be mixed on a single application.</source>
        <extracomment>easyship.json $.authMethods[1].exclusiveScopeFamiliesReason</extracomment>
        <translation>Eine OAuth-2-Anwendung unterstützt nur eine Art von API-Scopes: Die mit Public API 2024-09 eingeführten Scopes und die älteren können in einer Anwendung nie gemischt werden.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1232"/>
        <source>Addresses API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[0].description</extracomment>
        <translation>Adressen-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1234"/>
        <source>Address Validations API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[1].description</extracomment>
        <translation>Adressprüfungs-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1236"/>
        <source>Analytics API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[2].description</extracomment>
        <translation>Analyse-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1238"/>
        <source>Assets API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[3].description</extracomment>
        <translation>Datei-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1240"/>
        <source>Batches API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[4].description</extracomment>
        <translation>Stapel-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1242"/>
        <source>Billing Documents API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[5].description</extracomment>
        <translation>Abrechnungsdokumente-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1244"/>
        <source>Boxes API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[6].description</extracomment>
        <translation>Kartons-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1246"/>
        <source>Couriers API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[7].description</extracomment>
        <translation>Versanddienstleister-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1248"/>
        <source>Courier Accounts</source>
        <extracomment>easyship.json $.authMethods[1].scopes[8].group</extracomment>
        <translation>Versanddienstleister-Konten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1250"/>
        <source>Courier Accounts API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[8].description</extracomment>
        <translation>Versanddienstleister-Konten-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1252"/>
        <source>Credits API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[9].description</extracomment>
        <translation>Guthaben-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1254"/>
        <source>Custom Markup Rates</source>
        <extracomment>easyship.json $.authMethods[1].scopes[10].group</extracomment>
        <translation>Eigene Tarifaufschläge</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1256"/>
        <source>Custom Markup Rates API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[10].description</extracomment>
        <translation>API für eigene Tarifaufschläge (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1258"/>
        <source>E-Fulfillment API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[11].description</extracomment>
        <translation>E-Fulfillment-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1260"/>
        <source>Hs Codes API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[12].description</extracomment>
        <translation>HS-Codes-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1262"/>
        <source>Labels API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[13].description</extracomment>
        <translation>Etiketten-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1264"/>
        <source>Locations API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[14].description</extracomment>
        <translation>Standorte-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1266"/>
        <source>Manifests API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[15].description</extracomment>
        <translation>Manifeste-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1268"/>
        <source>Payments API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[16].description</extracomment>
        <translation>Zahlungen-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1270"/>
        <source>Payment Sources API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[17].description</extracomment>
        <translation>Zahlungsquellen-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1272"/>
        <source>Pickups API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[18].description</extracomment>
        <translation>Abholungen-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1274"/>
        <source>Products API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[19].description</extracomment>
        <translation>Produkte-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1276"/>
        <source>Rates API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[20].description</extracomment>
        <translation>Tarife-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1278"/>
        <source>References API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[21].description</extracomment>
        <translation>Referenzdaten-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1280"/>
        <source>Settings API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[22].description</extracomment>
        <translation>Einstellungen-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1282"/>
        <source>Shipments API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[23].description</extracomment>
        <translation>Sendungen-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1284"/>
        <source>Shipment Documents API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[24].description</extracomment>
        <translation>Versanddokumente-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1286"/>
        <source>Shipping Rules API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[25].description</extracomment>
        <translation>Versandregeln-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1288"/>
        <source>Stores API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[26].description</extracomment>
        <translation>Shops-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1290"/>
        <source>Tags API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[27].description</extracomment>
        <translation>Tags-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1292"/>
        <source>Tax And Duties API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[28].description</extracomment>
        <translation>Steuern-und-Zölle-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1294"/>
        <source>Tracks API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[29].description</extracomment>
        <translation>Sendungsverfolgungs-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1296"/>
        <source>Track 3ps API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[30].description</extracomment>
        <translation>API für Verfolgung über Dritte (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1298"/>
        <source>Transaction Records API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[31].description</extracomment>
        <translation>Transaktionsbelege-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1300"/>
        <source>Webhooks API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[32].description</extracomment>
        <translation>Webhooks-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1302"/>
        <source>Connect your Easyship partner application</source>
        <extracomment>easyship.json $.authMethods[1].guide.title</extracomment>
        <translation>Ihre Easyship-Partneranwendung verbinden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1304"/>
        <source>Use your partner application</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].title</extracomment>
        <translation>Ihre Partneranwendung verwenden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1306"/>
        <source>Keylink exchanges the application&apos;s client ID and secret for access tokens at Easyship&apos;s token endpoint.</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].intro</extracomment>
        <translation>Keylink tauscht Client-ID und Secret der Anwendung am Token-Endpunkt von Easyship gegen Zugriffstokens.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1308"/>
        <source>Collect the client credentials</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].steps[0].title</extracomment>
        <translation>Die Client-Zugangsdaten holen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1310"/>
        <source>Open your partner application in the Easyship dashboard and copy its **Client ID** and **Client Secret**.</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].steps[0].text</extracomment>
        <translation>Öffnen Sie Ihre Partneranwendung im Easyship-Dashboard und kopieren Sie ihre **Client ID** und ihr **Client Secret**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1312"/>
        <source>Allow the scopes</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].steps[1].title</extracomment>
        <translation>Die Scopes erlauben</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1314"/>
        <source>The scopes Keylink asks for must be allowed on the application. Allow the ones listed here, all from one family.</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].steps[1].text</extracomment>
        <translation>Die Scopes, die Keylink anfragt, müssen für die Anwendung erlaubt sein. Erlauben Sie die hier aufgeführten, alle aus einer Familie.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1316"/>
        <source>Shared inboxes for customer email, chat and SMS</source>
        <extracomment>front.json $.description</extracomment>
        <translation>Gemeinsame Postfächer für Kunden-E-Mail, Chat und SMS</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1318"/>
        <source>You need a Front account that is allowed to create API tokens.</source>
        <extracomment>front.json $.warnings[0]</extracomment>
        <translation>Sie brauchen ein Front-Konto, das API-Tokens erstellen darf.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1320"/>
        <source>Per company: 50, 100 or 200 requests a minute depending on the plan, in bursts of at most 5 a second per resource.</source>
        <extracomment>front.json $.api.rateLimit.summary</extracomment>
        <translation>Pro Unternehmen: je nach Tarif 50, 100 oder 200 Anfragen pro Minute, in Schüben von höchstens 5 pro Sekunde und Ressource.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1322"/>
        <source>Front API tokens are JWTs whose payload carries scope claims such as shared:* and private:*, but how those claims map to resource permissions is not documented. Keylink never trusts them: it probes an endpoint per scope instead.</source>
        <extracomment>front.json $.unconfirmed[0].guess</extracomment>
        <translation>Front-API-Tokens sind JWTs, deren Nutzdaten Scope-Angaben wie shared:* und private:* tragen, aber wie diese Angaben auf Ressourcenberechtigungen abgebildet werden, ist nicht dokumentiert. Keylink vertraut ihnen nie: Es prüft stattdessen pro Scope einen Endpunkt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1324"/>
        <source>API token</source>
        <extracomment>front.json $.authMethods[0].label</extracomment>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1326"/>
        <source>A token you create in Front&apos;s developer settings, with the resource permissions you choose.</source>
        <extracomment>front.json $.authMethods[0].description</extracomment>
        <translation>Ein Token, das Sie in den Entwicklereinstellungen von Front erstellen, mit den Ressourcenberechtigungen Ihrer Wahl.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2616"/>
        <source>Sales CRM organized around deals moving through pipelines</source>
        <extracomment>pipedrive.json $.description</extracomment>
        <translation>Vertriebs-CRM rund um Deals, die durch Pipelines laufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2618"/>
        <source>The API token acts with all the access of the Pipedrive user it belongs to, in one company.</source>
        <extracomment>pipedrive.json $.warnings[0]</extracomment>
        <translation>Das API-Token handelt mit dem vollen Zugriff des Pipedrive-Benutzers, dem es gehört, in einem Unternehmen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2620"/>
        <source>A daily budget per company, spent according to each request’s cost, and a limit per token in 2-second windows; both depend on the plan.</source>
        <extracomment>pipedrive.json $.api.rateLimit.summary</extracomment>
        <translation>Ein Tagesbudget pro Unternehmen, das nach den Kosten jeder Anfrage verbraucht wird, und ein Limit pro Token in Fenstern von 2 Sekunden; beides hängt vom Tarif ab.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2622"/>
        <source>Pipedrive does not document the token’s format (in practice 40 hexadecimal characters); Keylink only checks for one word of at least 20 letters and digits.</source>
        <extracomment>pipedrive.json $.unconfirmed[0].guess</extracomment>
        <translation>Pipedrive dokumentiert das Format des Tokens nicht (in der Praxis 40 Hexadezimalzeichen); Keylink prüft nur auf ein Wort aus mindestens 20 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2624"/>
        <source>Keylink calls api.pipedrive.com, which answers for every company when the request carries an API token; Pipedrive’s reference now shows each company’s own domain instead.</source>
        <extracomment>pipedrive.json $.unconfirmed[1].guess</extracomment>
        <translation>Keylink ruft api.pipedrive.com auf, das für jedes Unternehmen antwortet, wenn die Anfrage ein API-Token trägt; die Referenz von Pipedrive zeigt inzwischen stattdessen die eigene Domain jedes Unternehmens.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2626"/>
        <source>Pipedrive documents the status codes but not the body of a 401 or a 429; Keylink expects the usual success: false answer with the words in error.</source>
        <extracomment>pipedrive.json $.unconfirmed[2].guess</extracomment>
        <translation>Pipedrive dokumentiert die Statuscodes, aber nicht den Inhalt einer 401- oder 429-Antwort; Keylink erwartet die übliche Antwort mit success: false und dem Text in error.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2628"/>
        <source>Your personal API token for one Pipedrive company; it acts with your user’s access.</source>
        <extracomment>pipedrive.json $.authMethods[0].description</extracomment>
        <translation>Ihr persönliches API-Token für ein Pipedrive-Unternehmen; es handelt mit dem Zugriff Ihres Benutzers.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2630"/>
        <source>A Pipedrive API token is one word of at least 20 letters and digits.</source>
        <extracomment>pipedrive.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Pipedrive-API-Token ist ein Wort aus mindestens 20 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2632"/>
        <source>In Pipedrive, under **Personal preferences** &gt; **API**.</source>
        <extracomment>pipedrive.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>In Pipedrive unter **Personal preferences** &gt; **API**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2634"/>
        <source>Find the Pipedrive API token</source>
        <extracomment>pipedrive.json $.authMethods[0].guide.title</extracomment>
        <translation>Das Pipedrive-API-Token finden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2636"/>
        <source>Copy your API token</source>
        <extracomment>pipedrive.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Ihr API-Token kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2638"/>
        <source>Every Pipedrive user has one API token for each company they belong to.</source>
        <extracomment>pipedrive.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Jeder Pipedrive-Benutzer hat ein API-Token für jedes Unternehmen, dem er angehört.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2640"/>
        <source>Open your API settings</source>
        <extracomment>pipedrive.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Ihre API-Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2642"/>
        <source>In Pipedrive, click your account name in the top right, then **Personal preferences** and the **API** tab.</source>
        <extracomment>pipedrive.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Klicken Sie in Pipedrive oben rechts auf Ihren Kontonamen, dann auf **Personal preferences** und den Tab **API**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2644"/>
        <source>Open the API settings</source>
        <extracomment>pipedrive.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Die API-Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2646"/>
        <source>If you belong to several companies, the link opens the token of the company you used last.</source>
        <extracomment>pipedrive.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Gehören Sie mehreren Unternehmen an, öffnet der Link das Token des zuletzt verwendeten Unternehmens.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2648"/>
        <source>Copy **Your personal API token**.</source>
        <extracomment>pipedrive.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Kopieren Sie **Your personal API token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2650"/>
        <source>Only one token is active at a time: generating a new one stops the old one everywhere it is used.</source>
        <extracomment>pipedrive.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Es ist immer nur ein Token aktiv: Ein neu erzeugtes beendet das alte überall, wo es verwendet wird.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2652"/>
        <source>If there is no API tab</source>
        <extracomment>pipedrive.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Wenn es keinen Tab API gibt</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2654"/>
        <source>Ask an admin</source>
        <extracomment>pipedrive.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Einen Admin fragen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2656"/>
        <source>Admins can turn off API access for regular users. Ask an admin of your company to allow it for you.</source>
        <extracomment>pipedrive.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Admins können den API-Zugriff für normale Benutzer abschalten. Bitten Sie einen Admin Ihres Unternehmens, ihn für Sie zu erlauben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2658"/>
        <source>Online store, point of sale and order management</source>
        <extracomment>shopify.json $.description</extracomment>
        <translation>Onlineshop, Kassensystem und Bestellverwaltung</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2660"/>
        <source>Since 1 January 2026 Shopify no longer lets you create new custom apps in the store admin. This method works with a custom app that already exists there; apps made in the Dev Dashboard get short-lived tokens instead.</source>
        <extracomment>shopify.json $.warnings[0]</extracomment>
        <translation>Seit dem 1. Januar 2026 lassen sich im Shop-Admin keine neuen Custom Apps mehr erstellen. Diese Methode funktioniert mit einer Custom App, die dort bereits besteht; Apps aus dem Dev Dashboard erhalten stattdessen kurzlebige Tokens.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2662"/>
        <source>Per app and store, a bucket of 40 requests that empties at 2 a second (more on Advanced and Plus plans); past it Shopify answers 429 with the seconds to wait in Retry-After.</source>
        <extracomment>shopify.json $.api.rateLimit.summary</extracomment>
        <translation>Pro App und Shop ein Kontingent von 40 Anfragen, das sich mit 2 pro Sekunde leert (mehr in den Tarifen Advanced und Plus); darüber hinaus antwortet Shopify mit 429 und nennt in Retry-After die Sekunden bis zum nächsten Versuch.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2664"/>
        <source>A write scope also allows reading the same resource. Keylink assumes, without a source that says so, that the access scope list names the implied read scope too; if it does not, a chosen read scope shows as missing although the token can read.</source>
        <extracomment>shopify.json $.unconfirmed[0].guess</extracomment>
        <translation>Ein Schreib-Scope erlaubt auch das Lesen derselben Ressource. Keylink nimmt ohne belegende Quelle an, dass die Liste der Zugriffs-Scopes den mitgemeinten Lese-Scope ebenfalls nennt; wenn nicht, erscheint ein gewählter Lese-Scope als fehlend, obwohl das Token lesen kann.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2666"/>
        <source>Keylink reads the shop&apos;s name from REST Admin API version 2026-07. Shopify answers requests for a retired version with the oldest supported one, so the request keeps working after that version is retired.</source>
        <extracomment>shopify.json $.unconfirmed[1].guess</extracomment>
        <translation>Keylink liest den Namen des Shops aus der REST Admin API in Version 2026-07. Shopify beantwortet Anfragen an eine ausgemusterte Version mit der ältesten unterstützten, daher funktioniert die Anfrage auch danach weiter.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2668"/>
        <source>Shopify documents a total length of 38 characters with a prefix, naming shpat_ for public apps and shpca_ for custom apps, while tokens revealed in the admin start with shpat_. It does not say which characters follow the prefix. Keylink accepts either prefix followed by 32 letters and digits.</source>
        <extracomment>shopify.json $.unconfirmed[2].guess</extracomment>
        <translation>Shopify dokumentiert eine Gesamtlänge von 38 Zeichen mit Präfix und nennt shpat_ für öffentliche Apps und shpca_ für Custom Apps, während im Admin angezeigte Tokens mit shpat_ beginnen. Welche Zeichen auf das Präfix folgen, steht nicht fest. Keylink akzeptiert beide Präfixe, gefolgt von 32 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2670"/>
        <source>Shopify reports the bucket in one header, X-Shopify-Shop-Api-Call-Limit, as used/size (such as 32/40); Keylink does not read it and relies on Retry-After.</source>
        <extracomment>shopify.json $.unconfirmed[3].guess</extracomment>
        <translation>Shopify meldet das Kontingent in einem einzigen Header, X-Shopify-Shop-Api-Call-Limit, als verbraucht/Größe (etwa 32/40); Keylink liest ihn nicht und verlässt sich auf Retry-After.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2672"/>
        <source>Admin API access token</source>
        <extracomment>shopify.json $.authMethods[0].label</extracomment>
        <translation>Admin-API-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2674"/>
        <source>The Admin API access token of a custom app installed on your store, with the Admin API scopes you gave the app.</source>
        <extracomment>shopify.json $.authMethods[0].description</extracomment>
        <translation>Das Admin-API-Zugriffstoken einer in Ihrem Shop installierten Custom App, mit den Admin-API-Scopes, die Sie der App gegeben haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2676"/>
        <source>You need to be the store owner, or a staff member with the Develop apps permission, to see a custom app&apos;s credentials.</source>
        <extracomment>shopify.json $.authMethods[0].warnings[0]</extracomment>
        <translation>Um die Zugangsdaten einer Custom App zu sehen, müssen Sie Inhaber des Shops sein oder als Mitarbeiter die Berechtigung Develop apps haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2678"/>
        <source>Store</source>
        <extracomment>shopify.json $.authMethods[0].fields[0].label</extracomment>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2680"/>
        <source>Enter only the store name: letters, digits and hyphens, such as acme for acme.myshopify.com.</source>
        <extracomment>shopify.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Geben Sie nur den Shop-Namen ein: Buchstaben, Ziffern und Bindestriche, etwa acme für acme.myshopify.com.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2682"/>
        <source>The part before .myshopify.com in your store&apos;s permanent address, shown under Settings &gt; Domains.</source>
        <extracomment>shopify.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Der Teil vor .myshopify.com in der dauerhaften Adresse Ihres Shops, zu sehen unter Settings &gt; Domains.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2684"/>
        <source>Admin API Access Token</source>
        <extracomment>shopify.json $.authMethods[0].fields[1].label</extracomment>
        <translation>Admin-API-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2686"/>
        <source>An Admin API access token starts with shpat_ (shpca_ for some custom apps) followed by 32 letters and digits.</source>
        <extracomment>shopify.json $.authMethods[0].fields[1].patternMessage</extracomment>
        <translation>Ein Admin-API-Zugriffstoken beginnt mit shpat_ (bei manchen Custom Apps shpca_), gefolgt von 32 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2688"/>
        <source>Shown once, under API credentials in your custom app.</source>
        <extracomment>shopify.json $.authMethods[0].fields[1].hint</extracomment>
        <translation>Wird einmal angezeigt, unter API credentials in Ihrer Custom App.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2690"/>
        <source>Read store analytics</source>
        <extracomment>shopify.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Shop-Analysen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2692"/>
        <source>Customers</source>
        <extracomment>shopify.json $.authMethods[0].scopes[1].group</extracomment>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2694"/>
        <source>Read customers and their addresses</source>
        <extracomment>shopify.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Kunden und ihre Adressen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2696"/>
        <source>Create, update and delete customers</source>
        <extracomment>shopify.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Kunden anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2698"/>
        <source>Discounts</source>
        <extracomment>shopify.json $.authMethods[0].scopes[3].group</extracomment>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2700"/>
        <source>Read automatic discounts and discount codes</source>
        <extracomment>shopify.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Automatische Rabatte und Rabattcodes lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2702"/>
        <source>Create, update and delete discounts</source>
        <extracomment>shopify.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Rabatte anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2704"/>
        <source>Draft orders</source>
        <extracomment>shopify.json $.authMethods[0].scopes[5].group</extracomment>
        <translation>Bestellentwürfe</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2706"/>
        <source>Read draft orders</source>
        <extracomment>shopify.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Bestellentwürfe lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2708"/>
        <source>Create, update and complete draft orders</source>
        <extracomment>shopify.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Bestellentwürfe anlegen, ändern und abschließen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2710"/>
        <source>Files</source>
        <extracomment>shopify.json $.authMethods[0].scopes[7].group</extracomment>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2712"/>
        <source>Read files uploaded to the store</source>
        <extracomment>shopify.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>In den Shop hochgeladene Dateien lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2714"/>
        <source>Upload, update and delete files</source>
        <extracomment>shopify.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Dateien hochladen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2716"/>
        <source>Fulfillment services</source>
        <extracomment>shopify.json $.authMethods[0].scopes[9].group</extracomment>
        <translation>Fulfillment-Services</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2718"/>
        <source>Read fulfillment services</source>
        <extracomment>shopify.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Fulfillment-Services lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2720"/>
        <source>Create and update fulfillment services</source>
        <extracomment>shopify.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Fulfillment-Services anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2722"/>
        <source>Assigned fulfillment orders</source>
        <extracomment>shopify.json $.authMethods[0].scopes[11].group</extracomment>
        <translation>Zugewiesene Fulfillment-Aufträge</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2724"/>
        <source>Read fulfillment orders assigned to your fulfillment service</source>
        <extracomment>shopify.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Fulfillment-Aufträge lesen, die Ihrem Fulfillment-Service zugewiesen sind</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2726"/>
        <source>Fulfil orders assigned to your fulfillment service</source>
        <extracomment>shopify.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Bestellungen ausführen, die Ihrem Fulfillment-Service zugewiesen sind</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2728"/>
        <source>Merchant-managed fulfillment orders</source>
        <extracomment>shopify.json $.authMethods[0].scopes[13].group</extracomment>
        <translation>Vom Händler verwaltete Fulfillment-Aufträge</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2730"/>
        <source>Read fulfillment orders at the store&apos;s own locations</source>
        <extracomment>shopify.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Fulfillment-Aufträge an den eigenen Standorten des Shops lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2732"/>
        <source>Fulfil orders from the store&apos;s own locations</source>
        <extracomment>shopify.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Bestellungen von den eigenen Standorten des Shops aus ausführen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2734"/>
        <source>Third-party fulfillment orders</source>
        <extracomment>shopify.json $.authMethods[0].scopes[15].group</extracomment>
        <translation>Fulfillment-Aufträge bei Drittanbietern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2736"/>
        <source>Read fulfillment orders at other fulfillment services</source>
        <extracomment>shopify.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Fulfillment-Aufträge bei anderen Fulfillment-Services lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2738"/>
        <source>Fulfil orders assigned to other fulfillment services</source>
        <extracomment>shopify.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Bestellungen ausführen, die anderen Fulfillment-Services zugewiesen sind</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2740"/>
        <source>Gift cards</source>
        <extracomment>shopify.json $.authMethods[0].scopes[17].group</extracomment>
        <translation>Geschenkgutscheine</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2742"/>
        <source>Read gift cards</source>
        <extracomment>shopify.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>Geschenkgutscheine lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2744"/>
        <source>Create, update and disable gift cards</source>
        <extracomment>shopify.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>Geschenkgutscheine anlegen, ändern und deaktivieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2746"/>
        <source>Inventory</source>
        <extracomment>shopify.json $.authMethods[0].scopes[19].group</extracomment>
        <translation>Inventar</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2748"/>
        <source>Read inventory items and stock levels</source>
        <extracomment>shopify.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Inventarartikel und Lagerbestände lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2750"/>
        <source>Adjust stock levels and update inventory items</source>
        <extracomment>shopify.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Lagerbestände anpassen und Inventarartikel ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2752"/>
        <source>Read the store&apos;s locations</source>
        <extracomment>shopify.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>Die Standorte des Shops lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2754"/>
        <source>Marketing events</source>
        <extracomment>shopify.json $.authMethods[0].scopes[22].group</extracomment>
        <translation>Marketing-Events</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2756"/>
        <source>Metaobjects</source>
        <extracomment>shopify.json $.authMethods[0].scopes[24].group</extracomment>
        <translation>Metaobjekte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2758"/>
        <source>Read metaobject entries</source>
        <extracomment>shopify.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Metaobjekt-Einträge lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2760"/>
        <source>Create, update and delete metaobject entries</source>
        <extracomment>shopify.json $.authMethods[0].scopes[25].description</extracomment>
        <translation>Metaobjekt-Einträge anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2762"/>
        <source>Online store content</source>
        <extracomment>shopify.json $.authMethods[0].scopes[26].group</extracomment>
        <translation>Onlineshop-Inhalte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2764"/>
        <source>Read blogs, articles, comments, pages and redirects</source>
        <extracomment>shopify.json $.authMethods[0].scopes[26].description</extracomment>
        <translation>Blogs, Beiträge, Kommentare, Seiten und Weiterleitungen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2766"/>
        <source>Create, update and delete blogs, articles, pages and redirects</source>
        <extracomment>shopify.json $.authMethods[0].scopes[27].description</extracomment>
        <translation>Blogs, Beiträge, Seiten und Weiterleitungen anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2768"/>
        <source>Online store navigation</source>
        <extracomment>shopify.json $.authMethods[0].scopes[28].group</extracomment>
        <translation>Onlineshop-Navigation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2770"/>
        <source>Read menus and URL redirects</source>
        <extracomment>shopify.json $.authMethods[0].scopes[28].description</extracomment>
        <translation>Menüs und URL-Weiterleitungen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2772"/>
        <source>Change menus and URL redirects</source>
        <extracomment>shopify.json $.authMethods[0].scopes[29].description</extracomment>
        <translation>Menüs und URL-Weiterleitungen ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2774"/>
        <source>Online store pages</source>
        <extracomment>shopify.json $.authMethods[0].scopes[30].group</extracomment>
        <translation>Onlineshop-Seiten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2776"/>
        <source>Read online store pages</source>
        <extracomment>shopify.json $.authMethods[0].scopes[30].description</extracomment>
        <translation>Seiten des Onlineshops lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2778"/>
        <source>Create, update and delete online store pages</source>
        <extracomment>shopify.json $.authMethods[0].scopes[31].description</extracomment>
        <translation>Seiten des Onlineshops anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2780"/>
        <source>Order editing</source>
        <extracomment>shopify.json $.authMethods[0].scopes[32].group</extracomment>
        <translation>Bestellbearbeitung</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2782"/>
        <source>Read order edits</source>
        <extracomment>shopify.json $.authMethods[0].scopes[32].description</extracomment>
        <translation>Bestelländerungen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2784"/>
        <source>Edit existing orders</source>
        <extracomment>shopify.json $.authMethods[0].scopes[33].description</extracomment>
        <translation>Bestehende Bestellungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2786"/>
        <source>Orders</source>
        <extracomment>shopify.json $.authMethods[0].scopes[34].group</extracomment>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2788"/>
        <source>Read orders, transactions and fulfillments of the last 60 days</source>
        <extracomment>shopify.json $.authMethods[0].scopes[34].description</extracomment>
        <translation>Bestellungen, Transaktionen und Ausführungen der letzten 60 Tage lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2790"/>
        <source>Update, cancel and refund orders</source>
        <extracomment>shopify.json $.authMethods[0].scopes[35].description</extracomment>
        <translation>Bestellungen ändern, stornieren und erstatten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2792"/>
        <source>Read orders older than 60 days as well (add it next to read_orders)</source>
        <extracomment>shopify.json $.authMethods[0].scopes[36].description</extracomment>
        <translation>Auch Bestellungen lesen, die älter als 60 Tage sind (zusätzlich zu read_orders wählen)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2794"/>
        <source>Price rules</source>
        <extracomment>shopify.json $.authMethods[0].scopes[37].group</extracomment>
        <translation>Preisregeln</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2796"/>
        <source>Read price rules</source>
        <extracomment>shopify.json $.authMethods[0].scopes[37].description</extracomment>
        <translation>Preisregeln lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2798"/>
        <source>Create, update and delete price rules</source>
        <extracomment>shopify.json $.authMethods[0].scopes[38].description</extracomment>
        <translation>Preisregeln anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2800"/>
        <source>Product listings</source>
        <extracomment>shopify.json $.authMethods[0].scopes[39].group</extracomment>
        <translation>Produktlisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2802"/>
        <source>Read products published to the app&apos;s sales channel</source>
        <extracomment>shopify.json $.authMethods[0].scopes[39].description</extracomment>
        <translation>Im Vertriebskanal der App veröffentlichte Produkte lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2804"/>
        <source>Publish and unpublish products on the app&apos;s sales channel</source>
        <extracomment>shopify.json $.authMethods[0].scopes[40].description</extracomment>
        <translation>Produkte im Vertriebskanal der App veröffentlichen und zurückziehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2806"/>
        <source>Read products, variants and collections</source>
        <extracomment>shopify.json $.authMethods[0].scopes[41].description</extracomment>
        <translation>Produkte, Varianten und Kollektionen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2808"/>
        <source>Create, update and delete products, variants and collections</source>
        <extracomment>shopify.json $.authMethods[0].scopes[42].description</extracomment>
        <translation>Produkte, Varianten und Kollektionen anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2810"/>
        <source>Publications</source>
        <extracomment>shopify.json $.authMethods[0].scopes[43].group</extracomment>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2812"/>
        <source>Read where products and collections are published</source>
        <extracomment>shopify.json $.authMethods[0].scopes[43].description</extracomment>
        <translation>Lesen, wo Produkte und Kollektionen veröffentlicht sind</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2814"/>
        <source>Publish products and collections to sales channels</source>
        <extracomment>shopify.json $.authMethods[0].scopes[44].description</extracomment>
        <translation>Produkte und Kollektionen in Vertriebskanälen veröffentlichen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2816"/>
        <source>Reports</source>
        <extracomment>shopify.json $.authMethods[0].scopes[45].group</extracomment>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2818"/>
        <source>Read reports</source>
        <extracomment>shopify.json $.authMethods[0].scopes[45].description</extracomment>
        <translation>Berichte lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2820"/>
        <source>Create and update reports</source>
        <extracomment>shopify.json $.authMethods[0].scopes[46].description</extracomment>
        <translation>Berichte anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2822"/>
        <source>Returns</source>
        <extracomment>shopify.json $.authMethods[0].scopes[47].group</extracomment>
        <translation>Rücksendungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2824"/>
        <source>Read returns</source>
        <extracomment>shopify.json $.authMethods[0].scopes[47].description</extracomment>
        <translation>Rücksendungen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2826"/>
        <source>Create and process returns</source>
        <extracomment>shopify.json $.authMethods[0].scopes[48].description</extracomment>
        <translation>Rücksendungen anlegen und bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2828"/>
        <source>Script tags</source>
        <extracomment>shopify.json $.authMethods[0].scopes[49].group</extracomment>
        <translation>Script-Tags</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2830"/>
        <source>Read script tags</source>
        <extracomment>shopify.json $.authMethods[0].scopes[49].description</extracomment>
        <translation>Script-Tags lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2832"/>
        <source>Add and remove script tags on the online store</source>
        <extracomment>shopify.json $.authMethods[0].scopes[50].description</extracomment>
        <translation>Script-Tags im Onlineshop hinzufügen und entfernen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2834"/>
        <source>Shipping</source>
        <extracomment>shopify.json $.authMethods[0].scopes[51].group</extracomment>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2836"/>
        <source>Read shipping zones, rates and carrier services</source>
        <extracomment>shopify.json $.authMethods[0].scopes[51].description</extracomment>
        <translation>Versandzonen, -tarife und Versanddienstleister lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2838"/>
        <source>Change shipping zones, rates and carrier services</source>
        <extracomment>shopify.json $.authMethods[0].scopes[52].description</extracomment>
        <translation>Versandzonen, -tarife und Versanddienstleister ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2840"/>
        <source>Store translations</source>
        <extracomment>shopify.json $.authMethods[0].scopes[53].group</extracomment>
        <translation>Shop-Übersetzungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2842"/>
        <source>Read translated store content</source>
        <extracomment>shopify.json $.authMethods[0].scopes[53].description</extracomment>
        <translation>Übersetzte Shop-Inhalte lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2844"/>
        <source>Create and update translations</source>
        <extracomment>shopify.json $.authMethods[0].scopes[54].description</extracomment>
        <translation>Übersetzungen anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2846"/>
        <source>Store languages</source>
        <extracomment>shopify.json $.authMethods[0].scopes[55].group</extracomment>
        <translation>Shop-Sprachen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2848"/>
        <source>Read the store&apos;s languages</source>
        <extracomment>shopify.json $.authMethods[0].scopes[55].description</extracomment>
        <translation>Die Sprachen des Shops lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2850"/>
        <source>Add, enable and remove store languages</source>
        <extracomment>shopify.json $.authMethods[0].scopes[56].description</extracomment>
        <translation>Shop-Sprachen hinzufügen, aktivieren und entfernen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2852"/>
        <source>Markets</source>
        <extracomment>shopify.json $.authMethods[0].scopes[57].group</extracomment>
        <translation>Märkte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2854"/>
        <source>Read markets</source>
        <extracomment>shopify.json $.authMethods[0].scopes[57].description</extracomment>
        <translation>Märkte lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2856"/>
        <source>Create and update markets</source>
        <extracomment>shopify.json $.authMethods[0].scopes[58].description</extracomment>
        <translation>Märkte anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2858"/>
        <source>Themes</source>
        <extracomment>shopify.json $.authMethods[0].scopes[59].group</extracomment>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2860"/>
        <source>Read themes and their files</source>
        <extracomment>shopify.json $.authMethods[0].scopes[59].description</extracomment>
        <translation>Themes und ihre Dateien lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2862"/>
        <source>Change themes and their files</source>
        <extracomment>shopify.json $.authMethods[0].scopes[60].description</extracomment>
        <translation>Themes und ihre Dateien ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2864"/>
        <source>Read staff accounts (Shopify Plus and Advanced plans)</source>
        <extracomment>shopify.json $.authMethods[0].scopes[61].description</extracomment>
        <translation>Mitarbeiterkonten lesen (Tarife Shopify Plus und Advanced)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2866"/>
        <source>Get Product</source>
        <extracomment>shopify.json $.authMethods[0].actions[1].label</extracomment>
        <translation>Produkt abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2868"/>
        <source>Create Product</source>
        <extracomment>shopify.json $.authMethods[0].actions[2].label</extracomment>
        <translation>Produkt anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2870"/>
        <source>Update Product</source>
        <extracomment>shopify.json $.authMethods[0].actions[3].label</extracomment>
        <translation>Produkt ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2872"/>
        <source>Delete Product</source>
        <extracomment>shopify.json $.authMethods[0].actions[4].label</extracomment>
        <translation>Produkt löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2874"/>
        <source>List Collections</source>
        <extracomment>shopify.json $.authMethods[0].actions[5].label</extracomment>
        <translation>Kollektionen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2876"/>
        <source>List Orders</source>
        <extracomment>shopify.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Bestellungen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2878"/>
        <source>Get Order</source>
        <extracomment>shopify.json $.authMethods[0].actions[7].label</extracomment>
        <translation>Bestellung abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2880"/>
        <source>Update Order</source>
        <extracomment>shopify.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Bestellung ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2882"/>
        <source>Cancel Order</source>
        <extracomment>shopify.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2884"/>
        <source>Create Refund</source>
        <extracomment>shopify.json $.authMethods[0].actions[10].label</extracomment>
        <translation>Erstattung anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2886"/>
        <source>List Customers</source>
        <extracomment>shopify.json $.authMethods[0].actions[11].label</extracomment>
        <translation>Kunden auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2888"/>
        <source>Get Customer</source>
        <extracomment>shopify.json $.authMethods[0].actions[12].label</extracomment>
        <translation>Kunde abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2890"/>
        <source>Create Customer</source>
        <extracomment>shopify.json $.authMethods[0].actions[13].label</extracomment>
        <translation>Kunde anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2892"/>
        <source>Update Customer</source>
        <extracomment>shopify.json $.authMethods[0].actions[14].label</extracomment>
        <translation>Kunde ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2894"/>
        <source>List Inventory Levels</source>
        <extracomment>shopify.json $.authMethods[0].actions[15].label</extracomment>
        <translation>Lagerbestände auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2896"/>
        <source>Adjust Inventory</source>
        <extracomment>shopify.json $.authMethods[0].actions[16].label</extracomment>
        <translation>Lagerbestand anpassen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2898"/>
        <source>List Locations</source>
        <extracomment>shopify.json $.authMethods[0].actions[17].label</extracomment>
        <translation>Standorte auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2900"/>
        <source>Create Fulfillment</source>
        <extracomment>shopify.json $.authMethods[0].actions[18].label</extracomment>
        <translation>Ausführung anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2902"/>
        <source>List Draft Orders</source>
        <extracomment>shopify.json $.authMethods[0].actions[19].label</extracomment>
        <translation>Bestellentwürfe auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2904"/>
        <source>Create Draft Order</source>
        <extracomment>shopify.json $.authMethods[0].actions[20].label</extracomment>
        <translation>Bestellentwurf anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2906"/>
        <source>List Discounts</source>
        <extracomment>shopify.json $.authMethods[0].actions[21].label</extracomment>
        <translation>Rabatte auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2908"/>
        <source>Create Discount</source>
        <extracomment>shopify.json $.authMethods[0].actions[22].label</extracomment>
        <translation>Rabatt anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2910"/>
        <source>List Pages</source>
        <extracomment>shopify.json $.authMethods[0].actions[23].label</extracomment>
        <translation>Seiten auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2912"/>
        <source>List Themes</source>
        <extracomment>shopify.json $.authMethods[0].actions[25].label</extracomment>
        <translation>Themes auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2914"/>
        <source>Get the Shopify Admin API access token</source>
        <extracomment>shopify.json $.authMethods[0].guide.title</extracomment>
        <translation>Das Admin-API-Zugriffstoken von Shopify holen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2916"/>
        <source>Open your custom app</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Ihre Custom App öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2918"/>
        <source>Admin API access tokens belong to custom apps made in the Shopify admin. Shopify no longer lets you create new ones there, so use an app your store already has.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Admin-API-Zugriffstokens gehören zu Custom Apps, die im Shopify-Admin erstellt wurden. Dort lassen sich keine neuen mehr anlegen; verwenden Sie daher eine App, die Ihr Shop schon hat.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2920"/>
        <source>Go to app development</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Zur App-Entwicklung gehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2922"/>
        <source>Sign in to your Shopify admin and open **Settings** &gt; **Apps**, then click **Develop apps**.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich im Shopify-Admin an, öffnen Sie **Settings** &gt; **Apps** und klicken Sie dann auf **Develop apps**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2924"/>
        <source>Open the Shopify admin</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Den Shopify-Admin öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2926"/>
        <source>In older versions of the admin, the page is called **Apps and sales channels**.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>In älteren Versionen des Admins heißt die Seite **Apps and sales channels**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2928"/>
        <source>Click the custom app you want Keylink to use.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Klicken Sie auf die Custom App, die Keylink verwenden soll.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2930"/>
        <source>Choose the Admin API scopes</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Die Admin-API-Scopes wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2932"/>
        <source>The app&apos;s scopes decide what the token may do in your store.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[1].intro</extracomment>
        <translation>Die Scopes der App bestimmen, was das Token in Ihrem Shop tun darf.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2934"/>
        <source>Edit the scopes</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Die Scopes bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2936"/>
        <source>On the **Configuration** tab, find **Admin API integration** and click **Configure** or **Edit**.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Suchen Sie im Reiter **Configuration** den Bereich **Admin API integration** und klicken Sie auf **Configure** oder **Edit**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2938"/>
        <source>Under **Admin API access scopes**, tick each scope listed here. They are the scopes the actions you picked need.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[1].steps[0].items[0]</extracomment>
        <translation>Haken Sie unter **Admin API access scopes** jeden hier aufgeführten Scope an. Es sind die Scopes, die Ihre gewählten Aktionen brauchen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2940"/>
        <source>A write scope also lets the app read the same data.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[1].steps[0].items[1]</extracomment>
        <translation>Ein Schreib-Scope erlaubt der App auch, dieselben Daten zu lesen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2942"/>
        <source>Click **Save**.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[1].steps[0].items[2]</extracomment>
        <translation>Klicken Sie auf **Save**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2944"/>
        <source>Install the app and copy the token</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[2].title</extracomment>
        <translation>Die App installieren und das Token kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2946"/>
        <source>Shopify creates the token when the app is installed and shows it only once.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[2].intro</extracomment>
        <translation>Shopify erzeugt das Token bei der Installation der App und zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2948"/>
        <source>Install the app</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[2].steps[0].title</extracomment>
        <translation>Die App installieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2950"/>
        <source>Open the **API credentials** tab. If the app is not installed yet, click **Install app**, then **Install**.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[2].steps[0].text</extracomment>
        <translation>Öffnen Sie den Reiter **API credentials**. Ist die App noch nicht installiert, klicken Sie auf **Install app** und dann auf **Install**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2952"/>
        <source>If you changed the scopes of an app that is already installed, accept the update when Shopify asks.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[2].steps[0].items[0]</extracomment>
        <translation>Wenn Sie die Scopes einer bereits installierten App geändert haben, bestätigen Sie die Aktualisierung, sobald Shopify fragt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2954"/>
        <source>Reveal and copy the token</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[2].steps[1].title</extracomment>
        <translation>Das Token anzeigen und kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2956"/>
        <source>Under **Admin API access token**, click **Reveal token once** and copy it.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[2].steps[1].text</extracomment>
        <translation>Klicken Sie unter **Admin API access token** auf **Reveal token once** und kopieren Sie es.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2958"/>
        <source>Rotating credentials of admin-created apps</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[2].steps[1].links[0].label</extracomment>
        <translation>Zugangsdaten von im Admin erstellten Apps erneuern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2960"/>
        <source>The token starts with shpat_.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[2].steps[1].items[0]</extracomment>
        <translation>Das Token beginnt mit shpat_.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2962"/>
        <source>If the token was revealed before and nobody kept it, Shopify cannot show it again: rotate the app&apos;s credentials to get a new one.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[2].steps[1].items[1]</extracomment>
        <translation>Wurde das Token schon einmal angezeigt und nicht aufbewahrt, kann Shopify es nicht erneut zeigen: Erneuern Sie die Zugangsdaten der App, um ein neues zu erhalten.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2964"/>
        <source>Find your store name</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[3].title</extracomment>
        <translation>Ihren Shop-Namen finden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2966"/>
        <source>Keylink talks to your store at its permanent myshopify.com address.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[3].intro</extracomment>
        <translation>Keylink spricht Ihren Shop über seine dauerhafte myshopify.com-Adresse an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2968"/>
        <source>Look up the address</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[3].steps[0].title</extracomment>
        <translation>Die Adresse nachsehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2970"/>
        <source>In the admin, open **Settings** &gt; **Domains**.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[3].steps[0].text</extracomment>
        <translation>Öffnen Sie im Admin **Settings** &gt; **Domains**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2972"/>
        <source>If the permanent address is acme.myshopify.com, the store name is acme.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[3].steps[0].items[0]</extracomment>
        <translation>Lautet die dauerhafte Adresse acme.myshopify.com, ist der Shop-Name acme.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2974"/>
        <source>Your own domain, such as shop.example.com, does not work here.</source>
        <extracomment>shopify.json $.authMethods[0].guide.sections[3].steps[0].items[1]</extracomment>
        <translation>Ihre eigene Domain, etwa shop.example.com, funktioniert hier nicht.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2976"/>
        <source>Team chat in channels, threads and direct messages</source>
        <extracomment>slack.json $.description</extracomment>
        <translation>Team-Chat in Channels, Threads und Direktnachrichten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2978"/>
        <source>Some workspaces let only admins install apps; then an admin must approve your app before you get its bot token.</source>
        <extracomment>slack.json $.warnings[0]</extracomment>
        <translation>In manchen Workspaces dürfen nur Admins Apps installieren; dann muss ein Admin Ihre App genehmigen, bevor Sie ihr Bot-Token erhalten.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2980"/>
        <source>Per method, app and workspace, in tiers from 1 to over 100 requests a minute; auth.test allows hundreds a minute. A limited request gets HTTP 429 with Retry-After in seconds.</source>
        <extracomment>slack.json $.api.rateLimit.summary</extracomment>
        <translation>Je Methode, App und Workspace, in Stufen von 1 bis über 100 Anfragen pro Minute; auth.test erlaubt Hunderte pro Minute. Eine begrenzte Anfrage erhält HTTP 429 mit Retry-After in Sekunden.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2982"/>
        <source>Web API answers carry the token&apos;s scopes in an x-oauth-scopes header, comma-separated. Slack&apos;s current reference pages do not describe this header.</source>
        <extracomment>slack.json $.unconfirmed[0].guess</extracomment>
        <translation>Antworten der Web API tragen die Berechtigungen des Tokens im Header x-oauth-scopes, durch Kommas getrennt. Slacks aktuelle Referenzseiten beschreiben diesen Header nicht.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2984"/>
        <source>Slack documents the xoxb- prefix of bot tokens but not the rest; Keylink expects letters, digits and hyphens.</source>
        <extracomment>slack.json $.unconfirmed[1].guess</extracomment>
        <translation>Slack dokumentiert das Präfix xoxb- von Bot-Tokens, aber nicht den Rest; Keylink erwartet Buchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2986"/>
        <source>Bot token</source>
        <extracomment>slack.json $.authMethods[0].label</extracomment>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2988"/>
        <source>The Bot User OAuth Token (xoxb-) of a Slack app installed in your workspace. It can do what the app&apos;s bot scopes allow.</source>
        <extracomment>slack.json $.authMethods[0].description</extracomment>
        <translation>Das Bot User OAuth Token (xoxb-) einer Slack-App, die in Ihrem Workspace installiert ist. Es kann, was die Bot-Berechtigungen der App erlauben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2990"/>
        <source>Bot User OAuth Token</source>
        <extracomment>slack.json $.authMethods[0].fields[0].label</extracomment>
        <translation>Bot User OAuth Token</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2992"/>
        <source>A Slack bot token starts with xoxb-, followed by letters, digits and hyphens.</source>
        <extracomment>slack.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Slack-Bot-Token beginnt mit xoxb-, gefolgt von Buchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2994"/>
        <source>On your app&apos;s **OAuth &amp; Permissions** page, once the app is installed in the workspace.</source>
        <extracomment>slack.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Auf der Seite **OAuth &amp; Permissions** Ihrer App, sobald die App im Workspace installiert ist.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2996"/>
        <source>Public channels</source>
        <extracomment>slack.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>Öffentliche Channels</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2998"/>
        <source>See basic information about public channels</source>
        <extracomment>slack.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Grundlegende Informationen zu öffentlichen Channels sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3000"/>
        <source>Read messages in public channels the app has been added to</source>
        <extracomment>slack.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Nachrichten in öffentlichen Channels lesen, denen die App hinzugefügt wurde</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3002"/>
        <source>Join public channels</source>
        <extracomment>slack.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Öffentlichen Channels beitreten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3004"/>
        <source>Create and manage public channels</source>
        <extracomment>slack.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Öffentliche Channels erstellen und verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3006"/>
        <source>Invite members to public channels</source>
        <extracomment>slack.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Mitglieder in öffentliche Channels einladen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3008"/>
        <source>Set the description of public channels</source>
        <extracomment>slack.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Die Beschreibung öffentlicher Channels festlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3010"/>
        <source>Private channels</source>
        <extracomment>slack.json $.authMethods[0].scopes[6].group</extracomment>
        <translation>Private Channels</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3012"/>
        <source>See basic information about private channels the app has been added to</source>
        <extracomment>slack.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Grundlegende Informationen zu privaten Channels sehen, denen die App hinzugefügt wurde</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3014"/>
        <source>Read messages in private channels the app has been added to</source>
        <extracomment>slack.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Nachrichten in privaten Channels lesen, denen die App hinzugefügt wurde</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3016"/>
        <source>Create and manage private channels</source>
        <extracomment>slack.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Private Channels erstellen und verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3018"/>
        <source>Invite members to private channels</source>
        <extracomment>slack.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Mitglieder in private Channels einladen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3020"/>
        <source>Set the description of private channels</source>
        <extracomment>slack.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Die Beschreibung privater Channels festlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3022"/>
        <source>Direct messages</source>
        <extracomment>slack.json $.authMethods[0].scopes[11].group</extracomment>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3024"/>
        <source>See basic information about direct messages with the app</source>
        <extracomment>slack.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Grundlegende Informationen zu Direktnachrichten mit der App sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3026"/>
        <source>Read direct messages with the app</source>
        <extracomment>slack.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Direktnachrichten mit der App lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3028"/>
        <source>Start direct messages with people</source>
        <extracomment>slack.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Direktnachrichten mit Personen beginnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3030"/>
        <source>Group direct messages</source>
        <extracomment>slack.json $.authMethods[0].scopes[14].group</extracomment>
        <translation>Gruppen-Direktnachrichten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3032"/>
        <source>See basic information about group direct messages the app has been added to</source>
        <extracomment>slack.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Grundlegende Informationen zu Gruppen-Direktnachrichten sehen, denen die App hinzugefügt wurde</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3034"/>
        <source>Read group direct messages the app has been added to</source>
        <extracomment>slack.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Gruppen-Direktnachrichten lesen, denen die App hinzugefügt wurde</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3036"/>
        <source>Start group direct messages with people</source>
        <extracomment>slack.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Gruppen-Direktnachrichten mit Personen beginnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3038"/>
        <source>Send messages as the app</source>
        <extracomment>slack.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>Nachrichten als die App senden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3040"/>
        <source>Send messages to public channels the app is not a member of</source>
        <extracomment>slack.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>Nachrichten an öffentliche Channels senden, in denen die App nicht Mitglied ist</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3042"/>
        <source>Send messages with a custom name and avatar</source>
        <extracomment>slack.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Nachrichten mit eigenem Namen und Avatar senden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3044"/>
        <source>See links to the app&apos;s domains in messages</source>
        <extracomment>slack.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Links auf die Domains der App in Nachrichten sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3046"/>
        <source>Show previews of the app&apos;s links in messages</source>
        <extracomment>slack.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>Vorschauen der Links der App in Nachrichten zeigen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3048"/>
        <source>View files shared in channels and conversations the app has been added to</source>
        <extracomment>slack.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>Dateien sehen, die in Channels und Unterhaltungen geteilt wurden, denen die App hinzugefügt wurde</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3050"/>
        <source>Upload, edit and delete files as the app</source>
        <extracomment>slack.json $.authMethods[0].scopes[23].description</extracomment>
        <translation>Dateien als die App hochladen, bearbeiten und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3052"/>
        <source>View people in the workspace</source>
        <extracomment>slack.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Personen im Workspace sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3054"/>
        <source>View the email addresses of people in the workspace</source>
        <extracomment>slack.json $.authMethods[0].scopes[25].description</extracomment>
        <translation>Die E-Mail-Adressen der Personen im Workspace sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3056"/>
        <source>View people&apos;s profile details</source>
        <extracomment>slack.json $.authMethods[0].scopes[26].description</extracomment>
        <translation>Profildetails von Personen sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3058"/>
        <source>Set the app&apos;s presence</source>
        <extracomment>slack.json $.authMethods[0].scopes[27].description</extracomment>
        <translation>Den Anwesenheitsstatus der App festlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3060"/>
        <source>Reactions</source>
        <extracomment>slack.json $.authMethods[0].scopes[28].group</extracomment>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3062"/>
        <source>View emoji reactions and their messages</source>
        <extracomment>slack.json $.authMethods[0].scopes[28].description</extracomment>
        <translation>Emoji-Reaktionen und ihre Nachrichten sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3064"/>
        <source>Add and remove emoji reactions</source>
        <extracomment>slack.json $.authMethods[0].scopes[29].description</extracomment>
        <translation>Emoji-Reaktionen hinzufügen und entfernen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3066"/>
        <source>Pins</source>
        <extracomment>slack.json $.authMethods[0].scopes[30].group</extracomment>
        <translation>Angeheftetes</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3068"/>
        <source>View pinned content in channels the app has been added to</source>
        <extracomment>slack.json $.authMethods[0].scopes[30].description</extracomment>
        <translation>Angeheftete Inhalte in Channels sehen, denen die App hinzugefügt wurde</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3070"/>
        <source>Pin and unpin messages</source>
        <extracomment>slack.json $.authMethods[0].scopes[31].description</extracomment>
        <translation>Nachrichten anheften und lösen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3072"/>
        <source>Bookmarks</source>
        <extracomment>slack.json $.authMethods[0].scopes[32].group</extracomment>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3074"/>
        <source>List bookmarks</source>
        <extracomment>slack.json $.authMethods[0].scopes[32].description</extracomment>
        <translation>Lesezeichen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3076"/>
        <source>Create, edit and remove bookmarks</source>
        <extracomment>slack.json $.authMethods[0].scopes[33].description</extracomment>
        <translation>Lesezeichen erstellen, bearbeiten und entfernen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3078"/>
        <source>Reminders</source>
        <extracomment>slack.json $.authMethods[0].scopes[34].group</extracomment>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3080"/>
        <source>View reminders the app created</source>
        <extracomment>slack.json $.authMethods[0].scopes[34].description</extracomment>
        <translation>Erinnerungen sehen, die die App erstellt hat</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3082"/>
        <source>Add, remove and complete reminders</source>
        <extracomment>slack.json $.authMethods[0].scopes[35].description</extracomment>
        <translation>Erinnerungen hinzufügen, entfernen und erledigen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3084"/>
        <source>Workspace</source>
        <extracomment>slack.json $.authMethods[0].scopes[36].group</extracomment>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3086"/>
        <source>View the workspace&apos;s name, email domain and icon</source>
        <extracomment>slack.json $.authMethods[0].scopes[36].description</extracomment>
        <translation>Namen, E-Mail-Domain und Symbol des Workspace sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3088"/>
        <source>View people&apos;s Do Not Disturb settings</source>
        <extracomment>slack.json $.authMethods[0].scopes[37].description</extracomment>
        <translation>Die Nicht-stören-Einstellungen von Personen sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3090"/>
        <source>User groups</source>
        <extracomment>slack.json $.authMethods[0].scopes[38].group</extracomment>
        <translation>Benutzergruppen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3092"/>
        <source>View user groups</source>
        <extracomment>slack.json $.authMethods[0].scopes[38].description</extracomment>
        <translation>Benutzergruppen sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3094"/>
        <source>Create and manage user groups</source>
        <extracomment>slack.json $.authMethods[0].scopes[39].description</extracomment>
        <translation>Benutzergruppen erstellen und verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3096"/>
        <source>Emoji</source>
        <extracomment>slack.json $.authMethods[0].scopes[40].group</extracomment>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3098"/>
        <source>View the workspace&apos;s custom emoji</source>
        <extracomment>slack.json $.authMethods[0].scopes[40].description</extracomment>
        <translation>Die eigenen Emoji des Workspace sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3100"/>
        <source>Calls</source>
        <extracomment>slack.json $.authMethods[0].scopes[41].group</extracomment>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3102"/>
        <source>View information about ongoing and past calls</source>
        <extracomment>slack.json $.authMethods[0].scopes[41].description</extracomment>
        <translation>Informationen zu laufenden und vergangenen Anrufen sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3104"/>
        <source>Start and manage calls</source>
        <extracomment>slack.json $.authMethods[0].scopes[42].description</extracomment>
        <translation>Anrufe starten und verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3106"/>
        <source>View messages that mention the app in conversations it is in</source>
        <extracomment>slack.json $.authMethods[0].scopes[43].description</extracomment>
        <translation>Nachrichten sehen, die die App in ihren Unterhaltungen erwähnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3108"/>
        <source>Add shortcuts and slash commands people can use</source>
        <extracomment>slack.json $.authMethods[0].scopes[44].description</extracomment>
        <translation>Shortcuts und Slash-Befehle hinzufügen, die Personen nutzen können</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3110"/>
        <source>Post messages to one channel through an incoming webhook</source>
        <extracomment>slack.json $.authMethods[0].scopes[45].description</extracomment>
        <translation>Nachrichten über einen eingehenden Webhook in einem Channel veröffentlichen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3112"/>
        <source>Send Message to Any Public Channel</source>
        <extracomment>slack.json $.authMethods[0].actions[1].label</extracomment>
        <translation>Nachricht an beliebigen öffentlichen Channel senden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3114"/>
        <source>Send Direct Message</source>
        <extracomment>slack.json $.authMethods[0].actions[2].label</extracomment>
        <translation>Direktnachricht senden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3116"/>
        <source>List Private Channels</source>
        <extracomment>slack.json $.authMethods[0].actions[4].label</extracomment>
        <translation>Private Channels auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3118"/>
        <source>Read Channel History</source>
        <extracomment>slack.json $.authMethods[0].actions[5].label</extracomment>
        <translation>Channel-Verlauf lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3120"/>
        <source>Read Private Channel History</source>
        <extracomment>slack.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Verlauf privater Channels lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3122"/>
        <source>Join Channel</source>
        <extracomment>slack.json $.authMethods[0].actions[7].label</extracomment>
        <translation>Channel beitreten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3124"/>
        <source>Create Channel</source>
        <extracomment>slack.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Channel erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3126"/>
        <source>Set Channel Topic</source>
        <extracomment>slack.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Channel-Thema festlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3128"/>
        <source>Invite to Channel</source>
        <extracomment>slack.json $.authMethods[0].actions[10].label</extracomment>
        <translation>In Channel einladen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3130"/>
        <source>Look Up User by Email</source>
        <extracomment>slack.json $.authMethods[0].actions[12].label</extracomment>
        <translation>Benutzer per E-Mail-Adresse suchen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3132"/>
        <source>Add Reaction</source>
        <extracomment>slack.json $.authMethods[0].actions[13].label</extracomment>
        <translation>Reaktion hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3134"/>
        <source>Upload File</source>
        <extracomment>slack.json $.authMethods[0].actions[14].label</extracomment>
        <translation>Datei hochladen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3136"/>
        <source>List Files</source>
        <extracomment>slack.json $.authMethods[0].actions[15].label</extracomment>
        <translation>Dateien auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3138"/>
        <source>Pin Message</source>
        <extracomment>slack.json $.authMethods[0].actions[16].label</extracomment>
        <translation>Nachricht anheften</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3140"/>
        <source>Add Reminder</source>
        <extracomment>slack.json $.authMethods[0].actions[17].label</extracomment>
        <translation>Erinnerung hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3142"/>
        <source>Get Workspace Info</source>
        <extracomment>slack.json $.authMethods[0].actions[18].label</extracomment>
        <translation>Workspace-Informationen abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3144"/>
        <source>Create the Slack bot token</source>
        <extracomment>slack.json $.authMethods[0].guide.title</extracomment>
        <translation>Das Slack-Bot-Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3146"/>
        <source>Create a Slack app</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Eine Slack-App erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3148"/>
        <source>A bot token belongs to a Slack app. An app you create for your own workspace is enough.</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Ein Bot-Token gehört zu einer Slack-App. Eine App, die Sie für Ihren eigenen Workspace erstellen, genügt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3150"/>
        <source>Open your apps</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Ihre Apps öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3152"/>
        <source>Sign in to Slack in your browser and open the list of your apps.</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich im Browser bei Slack an und öffnen Sie die Liste Ihrer Apps.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3154"/>
        <source>Open your Slack apps</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Ihre Slack-Apps öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3156"/>
        <source>Click **Create New App**, then **From scratch**.</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Klicken Sie auf **Create New App** und dann auf **From scratch**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3158"/>
        <source>Type an **App Name**, such as &quot;Keylink&quot;, pick your workspace and click **Create App**.</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Geben Sie einen **App Name** ein, etwa „Keylink“, wählen Sie Ihren Workspace und klicken Sie auf **Create App**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3160"/>
        <source>Choose the bot scopes</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Die Bot-Berechtigungen wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3162"/>
        <source>The scopes decide what the bot may read and do.</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[1].intro</extracomment>
        <translation>Die Berechtigungen legen fest, was der Bot lesen und tun darf.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3164"/>
        <source>Open OAuth &amp; Permissions</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>OAuth &amp; Permissions öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3166"/>
        <source>In the app&apos;s left sidebar, open **OAuth &amp; Permissions** and scroll down to **Scopes**.</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Öffnen Sie in der linken Seitenleiste der App **OAuth &amp; Permissions** und scrollen Sie nach unten zu **Scopes**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3168"/>
        <source>Under **Bot Token Scopes**, click **Add an OAuth Scope** for each scope listed here; they are the scopes the actions you picked need.</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[1].steps[1].text</extracomment>
        <translation>Klicken Sie unter **Bot Token Scopes** für jede hier aufgeführte Berechtigung auf **Add an OAuth Scope**; es sind die Berechtigungen, die Ihre gewählten Aktionen brauchen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3170"/>
        <source>Installing the app in your workspace creates the bot token.</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[2].intro</extracomment>
        <translation>Wenn Sie die App in Ihrem Workspace installieren, entsteht das Bot-Token.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3172"/>
        <source>Install it</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[2].steps[0].title</extracomment>
        <translation>Die App installieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3174"/>
        <source>At the top of **OAuth &amp; Permissions**, click **Install to Workspace**, then **Allow**.</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[2].steps[0].text</extracomment>
        <translation>Klicken Sie oben auf **OAuth &amp; Permissions** auf **Install to Workspace** und dann auf **Allow**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3176"/>
        <source>If your workspace needs approval, Slack sends the request to an admin; the token appears once the app is approved.</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[2].steps[0].items[0]</extracomment>
        <translation>Braucht Ihr Workspace eine Genehmigung, schickt Slack die Anfrage an einen Admin; das Token erscheint, sobald die App genehmigt ist.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3178"/>
        <source>Copy the bot token</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[2].steps[1].title</extracomment>
        <translation>Das Bot-Token kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3180"/>
        <source>Copy the **Bot User OAuth Token**. It starts with xoxb-.</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[2].steps[1].text</extracomment>
        <translation>Kopieren Sie das **Bot User OAuth Token**. Es beginnt mit xoxb-.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3182"/>
        <source>When you add scopes later, Slack asks you to reinstall the app before the token gets them.</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[2].steps[1].items[0]</extracomment>
        <translation>Fügen Sie später Berechtigungen hinzu, bittet Slack Sie, die App neu zu installieren, bevor das Token sie erhält.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3184"/>
        <source>To read or post in a channel, add the app to it, for example by typing /invite @Keylink in the channel.</source>
        <extracomment>slack.json $.authMethods[0].guide.sections[2].steps[1].items[1]</extracomment>
        <translation>Um in einem Channel zu lesen oder zu posten, fügen Sie die App dort hinzu, etwa indem Sie im Channel /invite @Keylink eingeben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3186"/>
        <source>Online payments, subscriptions and invoicing</source>
        <extracomment>stripe.json $.description</extracomment>
        <translation>Onlinezahlungen, Abonnements und Rechnungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3188"/>
        <source>A secret key can do anything in your Stripe account, including refunds and payouts. Prefer a restricted key that can only read.</source>
        <extracomment>stripe.json $.warnings[0]</extracomment>
        <translation>Ein geheimer Schlüssel kann in Ihrem Stripe-Konto alles, auch Rückerstattungen und Auszahlungen. Nehmen Sie lieber einen eingeschränkten Schlüssel, der nur lesen kann.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3190"/>
        <source>Per account: 100 operations a second in live mode and 25 in a sandbox, with stricter limits on some endpoints. Stripe answers 429 and documents no header saying when to retry.</source>
        <extracomment>stripe.json $.api.rateLimit.summary</extracomment>
        <translation>Je Konto: 100 Vorgänge pro Sekunde im Live-Modus und 25 in einer Sandbox, mit strengeren Grenzen für einige Endpunkte. Stripe antwortet mit 429 und dokumentiert keinen Header, der sagt, wann es erneut versucht werden kann.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3192"/>
        <source>Stripe does not document which restricted-key permission allows reading GET /v1/account. A restricted key without it fails the check with a permission error; a secret key always passes.</source>
        <extracomment>stripe.json $.unconfirmed[0].guess</extracomment>
        <translation>Stripe dokumentiert nicht, welche Berechtigung eines eingeschränkten Schlüssels das Lesen von GET /v1/account erlaubt. Ein eingeschränkter Schlüssel ohne sie scheitert an der Prüfung mit einem Berechtigungsfehler; ein geheimer Schlüssel besteht sie immer.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3194"/>
        <source>Keylink names the account by its dashboard display name (settings.dashboard.display_name), which a new account may not have set yet.</source>
        <extracomment>stripe.json $.unconfirmed[1].guess</extracomment>
        <translation>Keylink benennt das Konto nach seinem Anzeigenamen im Dashboard (settings.dashboard.display_name), den ein neues Konto vielleicht noch nicht festgelegt hat.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3196"/>
        <source>Stripe documents the sk_ and rk_ prefixes with live_ or test_, but not the length or characters of the rest; Keylink expects letters and digits.</source>
        <extracomment>stripe.json $.unconfirmed[2].guess</extracomment>
        <translation>Stripe dokumentiert die Präfixe sk_ und rk_ mit live_ oder test_, aber weder Länge noch Zeichen des Rests; Keylink erwartet Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3198"/>
        <source>Secret or restricted key</source>
        <extracomment>stripe.json $.authMethods[0].label</extracomment>
        <translation>Geheimer oder eingeschränkter Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3200"/>
        <source>A secret key (sk_) or a restricted key (rk_) from the API keys page of the Stripe Dashboard. Its prefix tells live mode from test mode.</source>
        <extracomment>stripe.json $.authMethods[0].description</extracomment>
        <translation>Ein geheimer Schlüssel (sk_) oder ein eingeschränkter Schlüssel (rk_) von der Seite API keys im Stripe-Dashboard. Sein Präfix unterscheidet Live-Modus und Testmodus.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3202"/>
        <source>A Stripe key starts with sk_live_, rk_live_, sk_test_ or rk_test_, followed by letters and digits.</source>
        <extracomment>stripe.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Stripe-Schlüssel beginnt mit sk_live_, rk_live_, sk_test_ oder rk_test_, gefolgt von Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3204"/>
        <source>On the **API keys** page of the Stripe Dashboard; Stripe shows a restricted key in full only once.</source>
        <extracomment>stripe.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Auf der Seite **API keys** im Stripe-Dashboard; einen eingeschränkten Schlüssel zeigt Stripe nur einmal vollständig an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3206"/>
        <source>Live mode</source>
        <extracomment>stripe.json $.authMethods[0].environments[0].label</extracomment>
        <translation>Live-Modus</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3208"/>
        <source>Test mode</source>
        <extracomment>stripe.json $.authMethods[0].environments[1].label</extracomment>
        <translation>Testmodus</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3210"/>
        <source>Create the Stripe API key</source>
        <extracomment>stripe.json $.authMethods[0].guide.title</extracomment>
        <translation>Den Stripe-API-Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3212"/>
        <source>Create a restricted key</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Einen eingeschränkten Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3214"/>
        <source>A restricted key can do only what you allow, so it is the safer choice. Live mode and the sandbox (test mode) each have their own keys.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Ein eingeschränkter Schlüssel kann nur, was Sie erlauben, und ist daher die sicherere Wahl. Live-Modus und Sandbox (Testmodus) haben jeweils eigene Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3216"/>
        <source>Sign in to the Stripe Dashboard and open **Developers** &gt; **API keys**.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich im Stripe-Dashboard an und öffnen Sie **Developers** &gt; **API keys**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3218"/>
        <source>Open the API keys (live mode)</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>API-Schlüssel öffnen (Live-Modus)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3220"/>
        <source>Open the API keys (test mode)</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[0].links[1].label</extracomment>
        <translation>API-Schlüssel öffnen (Testmodus)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3222"/>
        <source>Check the mode switch first: a key made in test mode works only in test mode.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Prüfen Sie zuerst den Modusschalter: Ein im Testmodus erstellter Schlüssel funktioniert nur im Testmodus.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3224"/>
        <source>Start a restricted key</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Einen eingeschränkten Schlüssel beginnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3226"/>
        <source>Under **Restricted keys**, click **Create restricted key**.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Klicken Sie unter **Restricted keys** auf **Create restricted key**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3228"/>
        <source>If Stripe asks how you will use the key, choose **Building your own integration**.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Fragt Stripe, wie Sie den Schlüssel verwenden, wählen Sie **Building your own integration**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3230"/>
        <source>Give the key a name you will recognise later, such as &quot;Keylink&quot;.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>Geben Sie dem Schlüssel einen Namen, den Sie später wiedererkennen, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3232"/>
        <source>Set the permissions</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[2].title</extracomment>
        <translation>Die Berechtigungen festlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3234"/>
        <source>For each resource, choose **None**, **Read** or **Write**.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Wählen Sie für jede Ressource **None**, **Read** oder **Write**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3236"/>
        <source>Give **Read** to the resources your scripts need to see and leave the rest at **None**.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[2].items[0]</extracomment>
        <translation>Geben Sie **Read** für die Ressourcen, die Ihre Skripte sehen müssen, und lassen Sie den Rest auf **None**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3238"/>
        <source>Give **Write** only where your scripts must create or change something.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[2].items[1]</extracomment>
        <translation>Geben Sie **Write** nur dort, wo Ihre Skripte etwas erstellen oder ändern müssen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3240"/>
        <source>Click **Create key**, then copy the key. It starts with rk_live_ or rk_test_.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[3].text</extracomment>
        <translation>Klicken Sie auf **Create key** und kopieren Sie dann den Schlüssel. Er beginnt mit rk_live_ oder rk_test_.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3242"/>
        <source>Copy it now: Stripe shows a restricted key in full only once.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[0].steps[3].items[0]</extracomment>
        <translation>Kopieren Sie ihn jetzt: Stripe zeigt einen eingeschränkten Schlüssel nur einmal vollständig an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3244"/>
        <source>Or use a secret key</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Oder einen geheimen Schlüssel verwenden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3246"/>
        <source>A secret key can do anything in the account. Use it only where a restricted key will not do.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[1].intro</extracomment>
        <translation>Ein geheimer Schlüssel kann im Konto alles. Verwenden Sie ihn nur, wo ein eingeschränkter Schlüssel nicht genügt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3248"/>
        <source>Reveal the secret key</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Den geheimen Schlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3250"/>
        <source>On the same **API keys** page, under **Standard keys**, reveal the **Secret key** and copy it.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Lassen Sie sich auf derselben Seite **API keys** unter **Standard keys** den **Secret key** anzeigen und kopieren Sie ihn.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3252"/>
        <source>It starts with sk_live_ in live mode and sk_test_ in test mode.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[1].steps[0].items[0]</extracomment>
        <translation>Er beginnt im Live-Modus mit sk_live_ und im Testmodus mit sk_test_.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3254"/>
        <source>Stripe may let you reveal a live secret key only once; keep it somewhere safe.</source>
        <extracomment>stripe.json $.authMethods[0].guide.sections[1].steps[0].items[1]</extracomment>
        <translation>Stripe lässt einen geheimen Live-Schlüssel vielleicht nur einmal anzeigen; bewahren Sie ihn sicher auf.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3256"/>
        <source>Boards, lists and cards to organize work with your team</source>
        <extracomment>trello.json $.description</extracomment>
        <translation>Boards, Listen und Karten, um Arbeit im Team zu organisieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3258"/>
        <source>The token acts as your Trello account, on every board you can reach. Trello asks you to keep it as secret as a password.</source>
        <extracomment>trello.json $.warnings[0]</extracomment>
        <translation>Das Token handelt als Ihr Trello-Konto, auf jedem Board, das Sie erreichen. Trello bittet, es so geheim zu halten wie ein Passwort.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3260"/>
        <source>300 requests every 10 seconds per API key and 100 every 10 seconds per token; calls to /1/members/ are also limited to 100 every 900 seconds.</source>
        <extracomment>trello.json $.api.rateLimit.summary</extracomment>
        <translation>300 Anfragen alle 10 Sekunden pro API-Schlüssel und 100 alle 10 Sekunden pro Token; Aufrufe von /1/members/ sind zudem auf 100 alle 900 Sekunden begrenzt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3262"/>
        <source>Trello’s current pages do not describe the key or the token (older ones spoke of a 32-character key). Keylink only checks for words of letters and digits.</source>
        <extracomment>trello.json $.unconfirmed[0].guess</extracomment>
        <translation>Die aktuellen Seiten von Trello beschreiben weder Schlüssel noch Token (ältere sprachen von einem Schlüssel aus 32 Zeichen). Keylink prüft nur auf Wörter aus Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3264"/>
        <source>Trello answers a wrong key or token with plain text, such as invalid key or invalid token, rather than JSON; Keylink shows that text as Trello’s words.</source>
        <extracomment>trello.json $.unconfirmed[1].guess</extracomment>
        <translation>Trello beantwortet einen falschen Schlüssel oder ein falsches Token mit reinem Text wie invalid key oder invalid token statt mit JSON; Keylink zeigt diesen Text als Worte von Trello.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3266"/>
        <source>The token made with the link next to the key is assumed to get read and write access. Trello reports a token’s permissions per board, not as these scope names, so Keylink checks read with a request and cannot check write or account.</source>
        <extracomment>trello.json $.unconfirmed[2].guess</extracomment>
        <translation>Für das Token, das über den Link neben dem Schlüssel entsteht, wird Lese- und Schreibzugriff angenommen. Trello meldet die Rechte eines Tokens pro Board statt mit diesen Scope-Namen; Keylink prüft read daher mit einer Anfrage und kann write und account nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3268"/>
        <source>API key and token</source>
        <extracomment>trello.json $.authMethods[0].label</extracomment>
        <translation>API-Schlüssel und Token</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3270"/>
        <source>The API key of one of your Power-Ups, together with a token you authorize for your own Trello account.</source>
        <extracomment>trello.json $.authMethods[0].description</extracomment>
        <translation>Der API-Schlüssel eines Ihrer Power-Ups zusammen mit einem Token, das Sie für Ihr eigenes Trello-Konto autorisieren.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3272"/>
        <source>A Trello API key is one word of at least 20 letters and digits.</source>
        <extracomment>trello.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Trello-API-Schlüssel ist ein Wort aus mindestens 20 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3274"/>
        <source>On your Power-Up’s **API key** tab in the admin portal.</source>
        <extracomment>trello.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Auf dem Tab **API key** Ihres Power-Ups im Admin-Portal.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3276"/>
        <source>Token</source>
        <extracomment>trello.json $.authMethods[0].fields[1].label</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3278"/>
        <source>A Trello token is one word of at least 32 letters and digits.</source>
        <extracomment>trello.json $.authMethods[0].fields[1].patternMessage</extracomment>
        <translation>Ein Trello-Token ist ein Wort aus mindestens 32 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3280"/>
        <source>Made with the **Token** link next to the API key, after you click **Allow**.</source>
        <extracomment>trello.json $.authMethods[0].fields[1].hint</extracomment>
        <translation>Entsteht über den Link **Token** neben dem API-Schlüssel, nachdem Sie auf **Allow** geklickt haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3282"/>
        <source>Token access</source>
        <extracomment>trello.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>Zugriff des Tokens</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3284"/>
        <source>Read your boards, lists, cards and Workspaces</source>
        <extracomment>trello.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Ihre Boards, Listen, Karten und Workspaces lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3286"/>
        <source>Create, change and delete boards, lists, cards and comments</source>
        <extracomment>trello.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Boards, Listen, Karten und Kommentare anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3288"/>
        <source>Read your email address and change your member profile</source>
        <extracomment>trello.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Ihre E-Mail-Adresse lesen und Ihr Mitgliedsprofil ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3290"/>
        <source>List Boards</source>
        <extracomment>trello.json $.authMethods[0].actions[0].label</extracomment>
        <translation>Boards auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3292"/>
        <source>Get Board</source>
        <extracomment>trello.json $.authMethods[0].actions[1].label</extracomment>
        <translation>Board abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3294"/>
        <source>List Cards</source>
        <extracomment>trello.json $.authMethods[0].actions[3].label</extracomment>
        <translation>Karten auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3296"/>
        <source>Search Boards and Cards</source>
        <extracomment>trello.json $.authMethods[0].actions[4].label</extracomment>
        <translation>Boards und Karten durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3298"/>
        <source>Create Board</source>
        <extracomment>trello.json $.authMethods[0].actions[5].label</extracomment>
        <translation>Board anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3300"/>
        <source>Create List</source>
        <extracomment>trello.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Liste anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3302"/>
        <source>Create Card</source>
        <extracomment>trello.json $.authMethods[0].actions[7].label</extracomment>
        <translation>Karte anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3304"/>
        <source>Update Card</source>
        <extracomment>trello.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Karte ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3306"/>
        <source>Move Card</source>
        <extracomment>trello.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Karte verschieben</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3308"/>
        <source>Archive Card</source>
        <extracomment>trello.json $.authMethods[0].actions[10].label</extracomment>
        <translation>Karte archivieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3310"/>
        <source>Add Comment to Card</source>
        <extracomment>trello.json $.authMethods[0].actions[11].label</extracomment>
        <translation>Kommentar zu Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3312"/>
        <source>Add Label to Card</source>
        <extracomment>trello.json $.authMethods[0].actions[12].label</extracomment>
        <translation>Label zu Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3314"/>
        <source>Get Member Email</source>
        <extracomment>trello.json $.authMethods[0].actions[13].label</extracomment>
        <translation>E-Mail-Adresse des Mitglieds abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3316"/>
        <source>Get the Trello API key and token</source>
        <extracomment>trello.json $.authMethods[0].guide.title</extracomment>
        <translation>Den Trello-API-Schlüssel und das Token holen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3318"/>
        <source>Create a Power-Up</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Ein Power-Up anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3320"/>
        <source>Trello hands out API keys through Power-Ups, which its admin portal calls apps. One Power-Up is enough for Keylink.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Trello vergibt API-Schlüssel über Power-Ups, die das Admin-Portal Apps nennt. Ein Power-Up genügt für Keylink.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3322"/>
        <source>Open the admin portal</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Das Admin-Portal öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3324"/>
        <source>Sign in to Trello and open the Power-Up admin portal.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei Trello an und öffnen Sie das Power-Up-Admin-Portal.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3326"/>
        <source>The first time, Trello asks you to accept its developer agreement.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Beim ersten Mal bittet Trello Sie, seiner Entwicklervereinbarung zuzustimmen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3328"/>
        <source>Already have a Power-Up? Open it and go on with its API key.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Haben Sie schon ein Power-Up? Öffnen Sie es und machen Sie mit seinem API-Schlüssel weiter.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3330"/>
        <source>Create the Power-Up</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Das Power-Up anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3332"/>
        <source>Click **New** in the top right and fill in the form.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Klicken Sie oben rechts auf **New** und füllen Sie das Formular aus.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3334"/>
        <source>**Name**: for example &quot;Keylink&quot;.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>**Name**: zum Beispiel „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3336"/>
        <source>**Workspace**: the Workspace that owns the Power-Up.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>**Workspace**: der Workspace, dem das Power-Up gehört.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3338"/>
        <source>**Email**, **Support contact** and **Author**: how Trello can reach you.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[0].steps[1].items[2]</extracomment>
        <translation>**Email**, **Support contact** und **Author**: wie Trello Sie erreicht.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3340"/>
        <source>Leave the **Iframe connector URL** empty.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[0].steps[1].items[3]</extracomment>
        <translation>Lassen Sie **Iframe connector URL** leer.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3342"/>
        <source>Generate the API key</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Den API-Schlüssel erzeugen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3344"/>
        <source>Open the API key tab</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Den Tab API key öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3346"/>
        <source>In the Power-Up’s settings, open the **API key** tab and click **Generate a new API Key**.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Öffnen Sie in den Einstellungen des Power-Ups den Tab **API key** und klicken Sie auf **Generate a new API Key**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3348"/>
        <source>Confirm in the dialog, then copy the **API key**.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[1].steps[0].items[0]</extracomment>
        <translation>Bestätigen Sie im Dialog und kopieren Sie dann den **API key**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3350"/>
        <source>Authorize a token</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[2].title</extracomment>
        <translation>Ein Token autorisieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3352"/>
        <source>The token lets the key act as your Trello account.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[2].intro</extracomment>
        <translation>Das Token lässt den Schlüssel als Ihr Trello-Konto handeln.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3354"/>
        <source>Open the token page</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[2].steps[0].title</extracomment>
        <translation>Die Token-Seite öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3356"/>
        <source>On the same tab, click the **Token** link next to the API key.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[2].steps[0].text</extracomment>
        <translation>Klicken Sie auf demselben Tab auf den Link **Token** neben dem API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3358"/>
        <source>Trello lists the access it is about to give. Check that it covers the scopes listed here.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[2].steps[0].items[0]</extracomment>
        <translation>Trello listet den Zugriff auf, den es gleich gewährt. Prüfen Sie, ob er die hier aufgeführten Scopes abdeckt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3360"/>
        <source>Allow and copy</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[2].steps[1].title</extracomment>
        <translation>Erlauben und kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3362"/>
        <source>Click **Allow**, then copy the token Trello shows.</source>
        <extracomment>trello.json $.authMethods[0].guide.sections[2].steps[1].text</extracomment>
        <translation>Klicken Sie auf **Allow** und kopieren Sie dann das Token, das Trello anzeigt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3364"/>
        <source>Programmable SMS, voice, WhatsApp and email messaging</source>
        <extracomment>twilio.json $.description</extracomment>
        <translation>Programmierbare SMS, Sprachanrufe, WhatsApp- und E-Mail-Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3366"/>
        <source>The Auth Token gives full access to the Twilio account, including billing and subaccounts. Keep it as safe as a password.</source>
        <extracomment>twilio.json $.warnings[0]</extracomment>
        <translation>Das Auth Token gibt vollen Zugriff auf das Twilio-Konto, auch auf Abrechnung und Unterkonten. Bewahren Sie es so sicher auf wie ein Passwort.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3368"/>
        <source>Per account, Twilio limits how many API requests run at the same time; a request over the limit is answered 429 with error 20429 and is safe to send again after a short wait.</source>
        <extracomment>twilio.json $.api.rateLimit.summary</extracomment>
        <translation>Pro Konto begrenzt Twilio, wie viele API-Anfragen gleichzeitig laufen; eine Anfrage über dem Limit wird mit 429 und Fehler 20429 beantwortet und kann nach kurzer Wartezeit gefahrlos erneut gesendet werden.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3370"/>
        <source>Twilio documents the Account SID format (AC followed by 32 hexadecimal characters) but not the Auth Token&apos;s. Keylink accepts 32 or more letters and digits.</source>
        <extracomment>twilio.json $.unconfirmed[0].guess</extracomment>
        <translation>Twilio dokumentiert das Format der Account SID (AC gefolgt von 32 Hexadezimalzeichen), nicht aber das des Auth Tokens. Keylink akzeptiert 32 oder mehr Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3372"/>
        <source>Fetching one account needs its SID in the request path, which Keylink&apos;s catalog cannot express. Keylink lists the accounts the credentials can see instead, which proves the SID and token belong together, and names the account by its SID.</source>
        <extracomment>twilio.json $.unconfirmed[1].guess</extracomment>
        <translation>Um ein einzelnes Konto abzurufen, gehört seine SID in den Anfragepfad, was der Katalog von Keylink nicht ausdrücken kann. Keylink listet stattdessen die Konten auf, die die Zugangsdaten sehen; das beweist, dass SID und Token zusammengehören. Das Konto wird nach seiner SID benannt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3374"/>
        <source>Twilio&apos;s error page for 20429 asks clients to wait a short time but does not say whether the answer carries a Retry-After header; Keylink reads one if it is there.</source>
        <extracomment>twilio.json $.unconfirmed[2].guess</extracomment>
        <translation>Die Fehlerseite von Twilio zu 20429 bittet, kurz zu warten, sagt aber nicht, ob die Antwort einen Retry-After-Header enthält; Keylink liest ihn, falls vorhanden.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3376"/>
        <source>Account SID and Auth Token</source>
        <extracomment>twilio.json $.authMethods[0].label</extracomment>
        <translation>Account SID und Auth Token</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3378"/>
        <source>Your account&apos;s SID and Auth Token from the Twilio Console, which together open the whole account.</source>
        <extracomment>twilio.json $.authMethods[0].description</extracomment>
        <translation>Die SID und das Auth Token Ihres Kontos aus der Twilio Console, die zusammen das ganze Konto öffnen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3380"/>
        <source>Account SID</source>
        <extracomment>twilio.json $.authMethods[0].fields[0].label</extracomment>
        <translation>Account SID</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3382"/>
        <source>An Account SID starts with AC followed by 32 characters 0–9 and a–f.</source>
        <extracomment>twilio.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Eine Account SID beginnt mit AC, gefolgt von 32 Zeichen 0–9 und a–f.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3384"/>
        <source>Shown under Account Info on the Twilio Console&apos;s home page.</source>
        <extracomment>twilio.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Wird auf der Startseite der Twilio Console unter Account Info angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3386"/>
        <source>Auth Token</source>
        <extracomment>twilio.json $.authMethods[0].fields[1].label</extracomment>
        <translation>Auth Token</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3388"/>
        <source>An Auth Token is 32 or more letters and digits.</source>
        <extracomment>twilio.json $.authMethods[0].fields[1].patternMessage</extracomment>
        <translation>Ein Auth Token besteht aus 32 oder mehr Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3390"/>
        <source>Next to the Account SID; click Show or the copy button to get it.</source>
        <extracomment>twilio.json $.authMethods[0].fields[1].hint</extracomment>
        <translation>Neben der Account SID; klicken Sie auf Show oder die Kopierschaltfläche.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3392"/>
        <source>Find the Twilio Account SID and Auth Token</source>
        <extracomment>twilio.json $.authMethods[0].guide.title</extracomment>
        <translation>Account SID und Auth Token von Twilio finden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3394"/>
        <source>Copy the account credentials</source>
        <extracomment>twilio.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Die Zugangsdaten des Kontos kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3396"/>
        <source>Every Twilio account, and every subaccount, has its own Account SID and Auth Token.</source>
        <extracomment>twilio.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Jedes Twilio-Konto und jedes Unterkonto hat eine eigene Account SID und ein eigenes Auth Token.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3398"/>
        <source>Open the Console</source>
        <extracomment>twilio.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Die Console öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3400"/>
        <source>Sign in to the Twilio Console and make sure the account you want is selected at the top of the page.</source>
        <extracomment>twilio.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei der Twilio Console an und prüfen Sie, dass oben auf der Seite das gewünschte Konto ausgewählt ist.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3402"/>
        <source>Open the Twilio Console</source>
        <extracomment>twilio.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Die Twilio Console öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3404"/>
        <source>To use a subaccount, switch to it first: its SID and token differ from the main account&apos;s.</source>
        <extracomment>twilio.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Um ein Unterkonto zu nutzen, wechseln Sie zuerst dorthin: Seine SID und sein Token unterscheiden sich von denen des Hauptkontos.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3406"/>
        <source>Copy the Account SID</source>
        <extracomment>twilio.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Die Account SID kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3408"/>
        <source>On the Console&apos;s home page, find the **Account Info** panel and copy the **Account SID**.</source>
        <extracomment>twilio.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Suchen Sie auf der Startseite der Console den Bereich **Account Info** und kopieren Sie die **Account SID**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3410"/>
        <source>It starts with AC.</source>
        <extracomment>twilio.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Sie beginnt mit AC.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3412"/>
        <source>Copy the Auth Token</source>
        <extracomment>twilio.json $.authMethods[0].guide.sections[0].steps[2].title</extracomment>
        <translation>Das Auth Token kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3414"/>
        <source>In the same panel, click **Show** next to **Auth Token**, or use its copy button.</source>
        <extracomment>twilio.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Klicken Sie im selben Bereich neben **Auth Token** auf **Show** oder nutzen Sie die Kopierschaltfläche.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3416"/>
        <source>The token is also listed under **Account** &gt; **API keys &amp; tokens**.</source>
        <extracomment>twilio.json $.authMethods[0].guide.sections[0].steps[2].items[0]</extracomment>
        <translation>Das Token steht auch unter **Account** &gt; **API keys &amp; tokens**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3418"/>
        <source>If you cannot see the token, ask the account&apos;s owner or an administrator.</source>
        <extracomment>twilio.json $.authMethods[0].guide.sections[0].steps[2].items[1]</extracomment>
        <translation>Wenn Sie das Token nicht sehen, fragen Sie den Inhaber des Kontos oder einen Administrator.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3420"/>
        <source>Customer service tickets, help centre and messaging</source>
        <extracomment>zendesk.json $.description</extracomment>
        <translation>Kundenservice-Tickets, Help Center und Messaging</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3422"/>
        <source>Only Zendesk admins can create API tokens, and an admin must first turn on API token access for the account.</source>
        <extracomment>zendesk.json $.warnings[0]</extracomment>
        <translation>Nur Zendesk-Administratoren können API-Tokens erstellen, und ein Administrator muss zuerst den API-Token-Zugriff für das Konto einschalten.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3424"/>
        <source>Per account, a number of requests a minute that depends on the plan (from a few hundred to a few thousand); past it Zendesk answers 429 with the seconds to wait in Retry-After.</source>
        <extracomment>zendesk.json $.api.rateLimit.summary</extracomment>
        <translation>Pro Konto eine vom Tarif abhängige Zahl von Anfragen pro Minute (von einigen Hundert bis zu einigen Tausend); darüber hinaus antwortet Zendesk mit 429 und nennt in Retry-After die Sekunden bis zum nächsten Versuch.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3426"/>
        <source>Zendesk does not document the length or characters of an API token. Keylink accepts 20 or more letters and digits.</source>
        <extracomment>zendesk.json $.unconfirmed[0].guess</extracomment>
        <translation>Zendesk dokumentiert weder die Länge noch die Zeichen eines API-Tokens. Keylink akzeptiert 20 oder mehr Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3428"/>
        <source>The users/me endpoint also answers requests without credentials, with an anonymous user whose id is null. Wrong credentials are rejected with 401 &quot;Couldn&apos;t authenticate you&quot;, so Keylink expects an anonymous answer only when a proxy strips the Authorization header; it then finds no user id and does not link.</source>
        <extracomment>zendesk.json $.unconfirmed[1].guess</extracomment>
        <translation>Der Endpunkt users/me beantwortet auch Anfragen ohne Zugangsdaten, mit einem anonymen Benutzer, dessen id null ist. Falsche Zugangsdaten werden mit 401 „Couldn&apos;t authenticate you“ abgelehnt; Keylink erwartet eine anonyme Antwort daher nur, wenn ein Proxy den Authorization-Header entfernt. Es findet dann keine Benutzer-ID und verknüpft nichts.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3430"/>
        <source>An account-wide API token from Admin Center, used together with the email address of the user the requests run as.</source>
        <extracomment>zendesk.json $.authMethods[0].description</extracomment>
        <translation>Ein kontoweites API-Token aus dem Admin Center, zusammen mit der E-Mail-Adresse des Benutzers verwendet, in dessen Namen die Anfragen laufen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3432"/>
        <source>Subdomain</source>
        <extracomment>zendesk.json $.authMethods[0].fields[0].label</extracomment>
        <translation>Subdomain</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3434"/>
        <source>Enter only the subdomain: letters, digits and hyphens, such as acme for acme.zendesk.com.</source>
        <extracomment>zendesk.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Geben Sie nur die Subdomain ein: Buchstaben, Ziffern und Bindestriche, etwa acme für acme.zendesk.com.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3436"/>
        <source>The part before .zendesk.com in your Zendesk address.</source>
        <extracomment>zendesk.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Der Teil vor .zendesk.com in Ihrer Zendesk-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3438"/>
        <source>A verified agent or admin of this Zendesk account; requests run with that user&apos;s permissions.</source>
        <extracomment>zendesk.json $.authMethods[0].fields[1].hint</extracomment>
        <translation>Ein verifizierter Agent oder Administrator dieses Zendesk-Kontos; die Anfragen laufen mit dessen Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3440"/>
        <source>A Zendesk API token is a long string of letters and digits.</source>
        <extracomment>zendesk.json $.authMethods[0].fields[2].patternMessage</extracomment>
        <translation>Ein Zendesk-API-Token ist eine lange Folge von Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3442"/>
        <source>Shown once, when an admin adds it under APIs &gt; API tokens.</source>
        <extracomment>zendesk.json $.authMethods[0].fields[2].hint</extracomment>
        <translation>Wird einmal angezeigt, wenn ein Administrator es unter APIs &gt; API tokens hinzufügt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3444"/>
        <source>Create the Zendesk API token</source>
        <extracomment>zendesk.json $.authMethods[0].guide.title</extracomment>
        <translation>Das Zendesk-API-Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3446"/>
        <source>Turn on API token access</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>API-Token-Zugriff einschalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3448"/>
        <source>API token access is off in new Zendesk accounts. An admin turns it on once for the whole account.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>In neuen Zendesk-Konten ist der API-Token-Zugriff ausgeschaltet. Ein Administrator schaltet ihn einmal für das ganze Konto ein.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3450"/>
        <source>Open the API configuration</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Die API-Konfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3452"/>
        <source>In **Admin Center**, click **Apps and integrations** in the sidebar, then choose **APIs** &gt; **API configuration**.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Klicken Sie im **Admin Center** in der Seitenleiste auf **Apps and integrations** und wählen Sie dann **APIs** &gt; **API configuration**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3454"/>
        <source>If this is the first time anyone uses the API, accept the terms and click **Get started**.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Wird die API zum ersten Mal genutzt, akzeptieren Sie die Bedingungen und klicken Sie auf **Get started**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3456"/>
        <source>Allow API tokens</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>API-Tokens erlauben</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3458"/>
        <source>Switch on **Allow API token access** and click **Save**.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Schalten Sie **Allow API token access** ein und klicken Sie auf **Save**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3460"/>
        <source>If access is already on, nothing needs to change.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Ist der Zugriff schon eingeschaltet, müssen Sie nichts ändern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3462"/>
        <source>Zendesk shows the full token only once, right after it is created.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[1].intro</extracomment>
        <translation>Zendesk zeigt das vollständige Token nur einmal an, direkt nach dem Erstellen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3464"/>
        <source>Add a token</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Ein Token hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3466"/>
        <source>In **Admin Center**, go to **Apps and integrations** &gt; **APIs** &gt; **API tokens** and click **Add API token**.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Gehen Sie im **Admin Center** zu **Apps and integrations** &gt; **APIs** &gt; **API tokens** und klicken Sie auf **Add API token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3468"/>
        <source>Type a description you will recognise later, such as &quot;Keylink&quot;.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[1].steps[0].items[0]</extracomment>
        <translation>Geben Sie eine Beschreibung ein, die Sie später wiedererkennen, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3470"/>
        <source>Click **Save** to generate the token.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[1].steps[0].items[1]</extracomment>
        <translation>Klicken Sie auf **Save**, um das Token zu erzeugen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3472"/>
        <source>Copy the token and paste it into Keylink, then click **Save** again to close the window.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[1].steps[1].text</extracomment>
        <translation>Kopieren Sie das Token und fügen Sie es in Keylink ein; klicken Sie dann erneut auf **Save**, um das Fenster zu schließen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3474"/>
        <source>Once the window is closed, Zendesk only shows the start of the token. If you lose it, add a new one.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[1].steps[1].items[0]</extracomment>
        <translation>Nach dem Schließen des Fensters zeigt Zendesk nur noch den Anfang des Tokens. Wenn Sie es verlieren, fügen Sie ein neues hinzu.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3476"/>
        <source>A Zendesk API token is not tied to one person: the email address decides whose permissions Keylink uses.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[2].intro</extracomment>
        <translation>Ein Zendesk-API-Token gehört nicht zu einer einzelnen Person: Die E-Mail-Adresse entscheidet, mit wessen Berechtigungen Keylink arbeitet.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3478"/>
        <source>Use your own sign-in email, or the email of another verified agent or admin of the same account.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[2].steps[0].text</extracomment>
        <translation>Verwenden Sie Ihre eigene Anmelde-E-Mail oder die E-Mail eines anderen verifizierten Agenten oder Administrators desselben Kontos.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="3480"/>
        <source>Keylink sees the tickets and settings that user can see.</source>
        <extracomment>zendesk.json $.authMethods[0].guide.sections[2].steps[0].items[0]</extracomment>
        <translation>Keylink sieht die Tickets und Einstellungen, die dieser Benutzer sehen kann.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="214"/>
        <source>API Token</source>
        <extracomment>cloudflare.json $.authMethods[0].fields[0].label</extracomment>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1328"/>
        <source>A Front API token is a JWT: three parts of letters, digits, - and _ joined by dots.</source>
        <extracomment>front.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Front-API-Token ist ein JWT: drei Teile aus Buchstaben, Ziffern, - und _, durch Punkte verbunden.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1330"/>
        <source>Shown once, right after you create the token in Front.</source>
        <extracomment>front.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Wird einmal angezeigt, direkt nachdem Sie das Token in Front erstellt haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1332"/>
        <source>Accounts</source>
        <extracomment>front.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1334"/>
        <source>Read accounts, the companies your contacts belong to</source>
        <extracomment>front.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Accounts lesen, die Unternehmen, zu denen Ihre Kontakte gehören</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1336"/>
        <source>Create and update accounts</source>
        <extracomment>front.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Accounts anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1338"/>
        <source>Delete accounts</source>
        <extracomment>front.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Accounts löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1340"/>
        <source>Channels</source>
        <extracomment>front.json $.authMethods[0].scopes[3].group</extracomment>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1342"/>
        <source>Read channels, the addresses that receive messages</source>
        <extracomment>front.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Kanäle lesen, die Adressen, die Nachrichten empfangen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1344"/>
        <source>Update channels</source>
        <extracomment>front.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Kanäle ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="48"/>
        <source>Comments</source>
        <extracomment>airtable.json $.authMethods[0].scopes[2].group</extracomment>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1346"/>
        <source>Read internal comments on conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Interne Kommentare zu Konversationen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1348"/>
        <source>Add internal comments to conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Interne Kommentare zu Konversationen hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1350"/>
        <source>Contacts</source>
        <extracomment>front.json $.authMethods[0].scopes[7].group</extracomment>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1352"/>
        <source>Read contacts, their handles and notes</source>
        <extracomment>front.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Kontakte, ihre Handles und Notizen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1354"/>
        <source>Create and update contacts, handles and notes</source>
        <extracomment>front.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Kontakte, Handles und Notizen anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1356"/>
        <source>Delete contacts</source>
        <extracomment>front.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1358"/>
        <source>Conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[10].group</extracomment>
        <translation>Konversationen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1360"/>
        <source>Read and search conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Konversationen lesen und durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1362"/>
        <source>Update conversations, tags, followers and assignees</source>
        <extracomment>front.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Konversationen, Tags, Follower und Zuständige ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1364"/>
        <source>Delete conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Konversationen löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1366"/>
        <source>Drafts</source>
        <extracomment>front.json $.authMethods[0].scopes[13].group</extracomment>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1368"/>
        <source>Create message drafts</source>
        <extracomment>front.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Nachrichtenentwürfe anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="456"/>
        <source>Events</source>
        <extracomment>datadog.json $.authMethods[0].scopes[9].group</extracomment>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1370"/>
        <source>Read the activity events of conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Die Aktivitätsereignisse von Konversationen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1372"/>
        <source>Inboxes</source>
        <extracomment>front.json $.authMethods[0].scopes[15].group</extracomment>
        <translation>Postfächer</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1374"/>
        <source>Read inboxes and their channels and conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Postfächer, ihre Kanäle und Konversationen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1376"/>
        <source>Create inboxes</source>
        <extracomment>front.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Postfächer anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1378"/>
        <source>Messages</source>
        <extracomment>front.json $.authMethods[0].scopes[17].group</extracomment>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1380"/>
        <source>Read the messages of conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>Die Nachrichten von Konversationen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1382"/>
        <source>Write messages (none of the listed actions needs it)</source>
        <extracomment>front.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>Nachrichten schreiben (keine der aufgeführten Aktionen braucht das)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1384"/>
        <source>Send messages and replies</source>
        <extracomment>front.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Nachrichten und Antworten senden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1386"/>
        <source>Read tags and the conversations they mark</source>
        <extracomment>front.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Tags und die Konversationen lesen, die sie markieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1388"/>
        <source>Create and update tags</source>
        <extracomment>front.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>Tags anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1390"/>
        <source>Delete tags</source>
        <extracomment>front.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>Tags löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1392"/>
        <source>Teammates</source>
        <extracomment>front.json $.authMethods[0].scopes[23].group</extracomment>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1394"/>
        <source>Read teammates</source>
        <extracomment>front.json $.authMethods[0].scopes[23].description</extracomment>
        <translation>Teammitglieder lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1396"/>
        <source>Update teammates</source>
        <extracomment>front.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Teammitglieder ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1398"/>
        <source>List Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[0].label</extracomment>
        <translation>Konversationen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1400"/>
        <source>Get Conversation</source>
        <extracomment>front.json $.authMethods[0].actions[1].label</extracomment>
        <translation>Konversation abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1402"/>
        <source>Update Conversation</source>
        <extracomment>front.json $.authMethods[0].actions[2].label</extracomment>
        <translation>Konversation ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1404"/>
        <source>Update Conversation Assignee</source>
        <extracomment>front.json $.authMethods[0].actions[3].label</extracomment>
        <translation>Zuständige der Konversation ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1406"/>
        <source>List Conversation Messages</source>
        <extracomment>front.json $.authMethods[0].actions[4].label</extracomment>
        <translation>Nachrichten der Konversation auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1408"/>
        <source>List Conversation Comments</source>
        <extracomment>front.json $.authMethods[0].actions[5].label</extracomment>
        <translation>Kommentare der Konversation auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1410"/>
        <source>Add Conversation Comment</source>
        <extracomment>front.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Kommentar zur Konversation hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1412"/>
        <source>Add Conversation Tag</source>
        <extracomment>front.json $.authMethods[0].actions[7].label</extracomment>
        <translation>Tag zur Konversation hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1414"/>
        <source>Remove Conversation Tag</source>
        <extracomment>front.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Tag von der Konversation entfernen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1416"/>
        <source>List Conversation Followers</source>
        <extracomment>front.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Follower der Konversation auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1418"/>
        <source>Add Conversation Followers</source>
        <extracomment>front.json $.authMethods[0].actions[10].label</extracomment>
        <translation>Follower zur Konversation hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1420"/>
        <source>Search Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[11].label</extracomment>
        <translation>Konversationen durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1422"/>
        <source>Delete Conversation</source>
        <extracomment>front.json $.authMethods[0].actions[12].label</extracomment>
        <translation>Konversation löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1424"/>
        <source>List Contacts</source>
        <extracomment>front.json $.authMethods[0].actions[13].label</extracomment>
        <translation>Kontakte auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1426"/>
        <source>Get Contact</source>
        <extracomment>front.json $.authMethods[0].actions[14].label</extracomment>
        <translation>Kontakt abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1428"/>
        <source>Create Contact</source>
        <extracomment>front.json $.authMethods[0].actions[15].label</extracomment>
        <translation>Kontakt anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1430"/>
        <source>Update Contact</source>
        <extracomment>front.json $.authMethods[0].actions[16].label</extracomment>
        <translation>Kontakt ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1432"/>
        <source>Delete Contact</source>
        <extracomment>front.json $.authMethods[0].actions[17].label</extracomment>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1434"/>
        <source>List Contact Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[18].label</extracomment>
        <translation>Konversationen des Kontakts auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1436"/>
        <source>Add Contact Handle</source>
        <extracomment>front.json $.authMethods[0].actions[19].label</extracomment>
        <translation>Handle zum Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1438"/>
        <source>Add Contact Note</source>
        <extracomment>front.json $.authMethods[0].actions[20].label</extracomment>
        <translation>Notiz zum Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1440"/>
        <source>List Teammates</source>
        <extracomment>front.json $.authMethods[0].actions[21].label</extracomment>
        <translation>Teammitglieder auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1442"/>
        <source>Get Teammate</source>
        <extracomment>front.json $.authMethods[0].actions[22].label</extracomment>
        <translation>Teammitglied abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1444"/>
        <source>Update Teammate</source>
        <extracomment>front.json $.authMethods[0].actions[23].label</extracomment>
        <translation>Teammitglied ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1446"/>
        <source>List Inboxes</source>
        <extracomment>front.json $.authMethods[0].actions[24].label</extracomment>
        <translation>Postfächer auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1448"/>
        <source>Get Inbox</source>
        <extracomment>front.json $.authMethods[0].actions[25].label</extracomment>
        <translation>Postfach abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1450"/>
        <source>List Inbox Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[26].label</extracomment>
        <translation>Konversationen des Postfachs auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1452"/>
        <source>List Inbox Channels</source>
        <extracomment>front.json $.authMethods[0].actions[27].label</extracomment>
        <translation>Kanäle des Postfachs auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1454"/>
        <source>Create Inbox</source>
        <extracomment>front.json $.authMethods[0].actions[28].label</extracomment>
        <translation>Postfach anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1456"/>
        <source>List Channels</source>
        <extracomment>front.json $.authMethods[0].actions[29].label</extracomment>
        <translation>Kanäle auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1458"/>
        <source>Get Channel</source>
        <extracomment>front.json $.authMethods[0].actions[30].label</extracomment>
        <translation>Kanal abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1460"/>
        <source>Update Channel</source>
        <extracomment>front.json $.authMethods[0].actions[31].label</extracomment>
        <translation>Kanal ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1462"/>
        <source>Send Message</source>
        <extracomment>front.json $.authMethods[0].actions[32].label</extracomment>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1464"/>
        <source>List Tags</source>
        <extracomment>front.json $.authMethods[0].actions[33].label</extracomment>
        <translation>Tags auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1466"/>
        <source>Get Tag</source>
        <extracomment>front.json $.authMethods[0].actions[34].label</extracomment>
        <translation>Tag abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1468"/>
        <source>Create Tag</source>
        <extracomment>front.json $.authMethods[0].actions[35].label</extracomment>
        <translation>Tag anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1470"/>
        <source>Update Tag</source>
        <extracomment>front.json $.authMethods[0].actions[36].label</extracomment>
        <translation>Tag ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1472"/>
        <source>Delete Tag</source>
        <extracomment>front.json $.authMethods[0].actions[37].label</extracomment>
        <translation>Tag löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1474"/>
        <source>List Tagged Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[38].label</extracomment>
        <translation>Getaggte Konversationen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1476"/>
        <source>List Child Tags</source>
        <extracomment>front.json $.authMethods[0].actions[39].label</extracomment>
        <translation>Untergeordnete Tags auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1478"/>
        <source>Create Child Tag</source>
        <extracomment>front.json $.authMethods[0].actions[40].label</extracomment>
        <translation>Untergeordnetes Tag anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1480"/>
        <source>List Accounts</source>
        <extracomment>front.json $.authMethods[0].actions[41].label</extracomment>
        <translation>Accounts auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1482"/>
        <source>Get Account</source>
        <extracomment>front.json $.authMethods[0].actions[42].label</extracomment>
        <translation>Account abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1484"/>
        <source>Create Account</source>
        <extracomment>front.json $.authMethods[0].actions[43].label</extracomment>
        <translation>Account anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1486"/>
        <source>Update Account</source>
        <extracomment>front.json $.authMethods[0].actions[44].label</extracomment>
        <translation>Account ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1488"/>
        <source>Delete Account</source>
        <extracomment>front.json $.authMethods[0].actions[45].label</extracomment>
        <translation>Account löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1490"/>
        <source>List Account Contacts</source>
        <extracomment>front.json $.authMethods[0].actions[46].label</extracomment>
        <translation>Kontakte des Accounts auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="526"/>
        <source>List Events</source>
        <extracomment>datadog.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Ereignisse auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1492"/>
        <source>Get Event</source>
        <extracomment>front.json $.authMethods[0].actions[48].label</extracomment>
        <translation>Ereignis abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1494"/>
        <source>List Conversation Events</source>
        <extracomment>front.json $.authMethods[0].actions[49].label</extracomment>
        <translation>Ereignisse der Konversation auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1496"/>
        <source>Get Message</source>
        <extracomment>front.json $.authMethods[0].actions[50].label</extracomment>
        <translation>Nachricht abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1498"/>
        <source>Create Draft</source>
        <extracomment>front.json $.authMethods[0].actions[51].label</extracomment>
        <translation>Entwurf anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1500"/>
        <source>Create the Front API token</source>
        <extracomment>front.json $.authMethods[0].guide.title</extracomment>
        <translation>Den Front-API-Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1502"/>
        <source>Create an API token</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Ein API-Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1504"/>
        <source>The token is created in Front&apos;s company settings; Front shows it only once.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Das Token wird in den Unternehmenseinstellungen von Front erstellt; Front zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1506"/>
        <source>Open the developer settings</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Die Entwicklereinstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1508"/>
        <source>Sign in to Front and go to the company&apos;s developer settings.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei Front an und gehen Sie zu den Entwicklereinstellungen des Unternehmens.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1510"/>
        <source>Sign in to Front</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Bei Front anmelden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1512"/>
        <source>In the left sidebar, choose **Settings**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Wählen Sie in der linken Seitenleiste **Settings**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1514"/>
        <source>At the top of the sidebar, click the company icon.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Klicken Sie oben in der Seitenleiste auf das Unternehmenssymbol.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1516"/>
        <source>Under **Integrations**, open **Developers**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].items[2]</extracomment>
        <translation>Öffnen Sie unter **Integrations** den Punkt **Developers**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="950"/>
        <source>Start a new token</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Ein neues Token beginnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1518"/>
        <source>Open the **API tokens** tab and click **Create API token**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Öffnen Sie den Tab **API tokens** und klicken Sie auf **Create API token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1520"/>
        <source>Give the token a name you will recognise later, such as &quot;Keylink&quot;, then click **Continue**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Geben Sie dem Token einen Namen, den Sie später wiedererkennen, etwa „Keylink“, und klicken Sie dann auf **Continue**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1522"/>
        <source>Under **Feature access**, switch on **Access resources**, then click **Continue**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>Schalten Sie unter **Feature access** die Option **Access resources** ein und klicken Sie dann auf **Continue**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1524"/>
        <source>Under **Namespace access**, choose what the token may reach, then click **Continue**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].items[2]</extracomment>
        <translation>Wählen Sie unter **Namespace access**, worauf das Token zugreifen darf, und klicken Sie dann auf **Continue**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1526"/>
        <source>Choose the resource permissions</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[2].title</extracomment>
        <translation>Die Ressourcenberechtigungen wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1528"/>
        <source>Under **Resource permissions**, switch on each scope listed here. They are the scopes the actions you picked need.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Schalten Sie unter **Resource permissions** jeden hier aufgeführten Scope ein. Es sind die Scopes, die Ihre gewählten Aktionen brauchen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="156"/>
        <source>Create the token and copy it</source>
        <extracomment>airtable.json $.authMethods[0].guide.sections[0].steps[4].title</extracomment>
        <translation>Das Token erstellen und kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1530"/>
        <source>Click **Create**, then open the token you just made.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[3].text</extracomment>
        <translation>Klicken Sie auf **Create** und öffnen Sie dann das gerade erstellte Token.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1532"/>
        <source>Copy the **API token** now: Front shows it only once.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[3].items[0]</extracomment>
        <translation>Kopieren Sie das **API token** jetzt: Front zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2540"/>
        <source>Contracts you create, sign and manage in one place</source>
        <extracomment>oneflow.json $.description</extracomment>
        <translation>Verträge, die Sie an einem Ort erstellen, unterschreiben und verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2542"/>
        <source>No rate limit is documented; Keylink waits as long as a Retry-After header asks.</source>
        <extracomment>oneflow.json $.api.rateLimit.summary</extracomment>
        <translation>Es ist kein Ratenlimit dokumentiert; Keylink wartet so lange, wie ein Retry-After-Header verlangt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2544"/>
        <source>How Oneflow answers a wrong or inactive user email is not documented. Keylink lists the account&apos;s users (GET /v1/users, paginated, user objects with email and active) and looks for an active user with that email.</source>
        <extracomment>oneflow.json $.unconfirmed[0].guess</extracomment>
        <translation>Wie Oneflow auf eine falsche oder inaktive Benutzer-E-Mail antwortet, ist nicht dokumentiert. Keylink listet die Benutzer des Kontos auf (GET /v1/users, seitenweise, Benutzerobjekte mit email und active) und sucht einen aktiven Benutzer mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2546"/>
        <source>API token and user email</source>
        <extracomment>oneflow.json $.authMethods[0].label</extracomment>
        <translation>API-Token und Benutzer-E-Mail</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2548"/>
        <source>A token from Oneflow&apos;s Custom Integration, used on behalf of one active user.</source>
        <extracomment>oneflow.json $.authMethods[0].description</extracomment>
        <translation>Ein Token aus der Custom Integration von Oneflow, verwendet im Namen eines aktiven Benutzers.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2550"/>
        <source>A Oneflow API token is exactly 40 characters: letters, digits and hyphens.</source>
        <extracomment>oneflow.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Oneflow-API-Token ist genau 40 Zeichen lang: Buchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2552"/>
        <source>Shown once, when you generate it in the Custom Integration.</source>
        <extracomment>oneflow.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Wird einmal angezeigt, wenn Sie es in der Custom Integration erzeugen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2554"/>
        <source>User Email</source>
        <extracomment>oneflow.json $.authMethods[0].fields[1].label</extracomment>
        <translation>Benutzer-E-Mail</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2270"/>
        <source>Enter an email address, such as name@example.com.</source>
        <extracomment>jira.json $.authMethods[0].fields[1].patternMessage</extracomment>
        <translation>Geben Sie eine E-Mail-Adresse ein, etwa name@example.com.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1534"/>
        <source>Code hosting with pull requests, issues and Actions</source>
        <extracomment>github.json $.description</extracomment>
        <translation>Code-Hosting mit Pull Requests, Issues und Actions</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1536"/>
        <source>An organization&apos;s owners can block classic tokens or require their approval for fine-grained tokens; until then such a token reaches only public data of that organization.</source>
        <extracomment>github.json $.warnings[0]</extracomment>
        <translation>Die Inhaber einer Organisation können klassische Tokens sperren oder feingranulare Tokens erst nach ihrer Genehmigung zulassen; bis dahin erreicht ein solches Token nur öffentliche Daten dieser Organisation.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1538"/>
        <source>5,000 requests an hour for a personal access token, with secondary limits on bursts; GitHub answers 403 or 429 when a limit is reached.</source>
        <extracomment>github.json $.api.rateLimit.summary</extracomment>
        <translation>5.000 Anfragen pro Stunde für ein persönliches Zugriffstoken, mit weiteren Grenzen für Lastspitzen; ist eine Grenze erreicht, antwortet GitHub mit 403 oder 429.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1540"/>
        <source>GitHub documents the ghp_ and github_pat_ prefixes but not the length or characters of the rest; Keylink expects letters, digits and _ after the prefix.</source>
        <extracomment>github.json $.unconfirmed[0].guess</extracomment>
        <translation>GitHub dokumentiert die Präfixe ghp_ und github_pat_, aber weder Länge noch Zeichen des Rests; Keylink erwartet nach dem Präfix Buchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1542"/>
        <source>GitHub lists only the broadest scopes a classic token holds (repo, not repo:status; admin:org, not read:org). Keylink compares scope names as they are, so a narrower scope covered by a broader one shows as missing.</source>
        <extracomment>github.json $.unconfirmed[1].guess</extracomment>
        <translation>GitHub nennt nur die umfassendsten Berechtigungen eines klassischen Tokens (repo, nicht repo:status; admin:org, nicht read:org). Keylink vergleicht die Namen so, wie sie sind; eine engere Berechtigung, die eine umfassendere abdeckt, erscheint daher als fehlend.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1544"/>
        <source>Fine-grained tokens are expected to answer without an X-OAuth-Scopes header, so Keylink leaves their scopes unchecked; GitHub does not document the header&apos;s absence.</source>
        <extracomment>github.json $.unconfirmed[2].guess</extracomment>
        <translation>Bei feingranularen Tokens wird eine Antwort ohne X-OAuth-Scopes-Header erwartet, daher lässt Keylink ihre Berechtigungen ungeprüft; GitHub dokumentiert das Fehlen des Headers nicht.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1546"/>
        <source>GitHub&apos;s reference pages give the status codes but not the error bodies; the words &quot;Bad credentials&quot; for a wrong token come from GitHub&apos;s older REST overview.</source>
        <extracomment>github.json $.unconfirmed[3].guess</extracomment>
        <translation>GitHubs Referenzseiten nennen die Statuscodes, aber nicht die Fehlerinhalte; die Worte „Bad credentials“ für ein falsches Token stammen aus GitHubs älterer REST-Übersicht.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1548"/>
        <source>A classic (ghp_) or fine-grained (github_pat_) token from your GitHub developer settings. Keylink can check the scopes of a classic token only.</source>
        <extracomment>github.json $.authMethods[0].description</extracomment>
        <translation>Ein klassisches (ghp_) oder feingranulares (github_pat_) Token aus Ihren GitHub-Entwicklereinstellungen. Keylink kann nur die Berechtigungen eines klassischen Tokens prüfen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1550"/>
        <source>A GitHub token starts with ghp_ (classic) or github_pat_ (fine-grained), followed by letters, digits and _.</source>
        <extracomment>github.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein GitHub-Token beginnt mit ghp_ (klassisch) oder github_pat_ (feingranular), gefolgt von Buchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1552"/>
        <source>Shown once, right after you generate the token on GitHub.</source>
        <extracomment>github.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Wird einmal angezeigt, direkt nachdem Sie das Token auf GitHub erzeugt haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1554"/>
        <source>Repositories</source>
        <extracomment>github.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>Repositorys</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1556"/>
        <source>Full access to public and private repositories: code, issues, pull requests, commit statuses, deployments and webhooks</source>
        <extracomment>github.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Vollzugriff auf öffentliche und private Repositorys: Code, Issues, Pull Requests, Commit-Status, Deployments und Webhooks</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1558"/>
        <source>Read and write commit statuses, without access to the code</source>
        <extracomment>github.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Commit-Status lesen und schreiben, ohne Zugriff auf den Code</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1560"/>
        <source>Read and write deployment statuses, without access to the code</source>
        <extracomment>github.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Deployment-Status lesen und schreiben, ohne Zugriff auf den Code</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1562"/>
        <source>Full access to public repositories only, including starring them</source>
        <extracomment>github.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Vollzugriff nur auf öffentliche Repositorys, einschließlich Sternen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1564"/>
        <source>Accept or decline invitations to collaborate on a repository</source>
        <extracomment>github.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Einladungen zur Mitarbeit an einem Repository annehmen oder ablehnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1566"/>
        <source>Read and write code scanning security events</source>
        <extracomment>github.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Sicherheitsereignisse des Code-Scannings lesen und schreiben</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1568"/>
        <source>Delete repositories you administer</source>
        <extracomment>github.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Repositorys löschen, die Sie verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1570"/>
        <source>Read, write, ping and delete repository webhooks</source>
        <extracomment>github.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Repository-Webhooks lesen, schreiben, anpingen und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1572"/>
        <source>Read, write and ping repository webhooks</source>
        <extracomment>github.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Repository-Webhooks lesen, schreiben und anpingen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1574"/>
        <source>Read and ping repository webhooks</source>
        <extracomment>github.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Repository-Webhooks lesen und anpingen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1576"/>
        <source>Read, write, ping and delete organization webhooks</source>
        <extracomment>github.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Organisations-Webhooks lesen, schreiben, anpingen und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1578"/>
        <source>Organizations</source>
        <extracomment>github.json $.authMethods[0].scopes[11].group</extracomment>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1580"/>
        <source>Fully manage organizations, their teams, projects and members</source>
        <extracomment>github.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Organisationen mit ihren Teams, Projekten und Mitgliedern vollständig verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1582"/>
        <source>Read and write organization membership and organization projects</source>
        <extracomment>github.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Mitgliedschaften und Projekte von Organisationen lesen und schreiben</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1584"/>
        <source>Read organization membership, organization projects and team membership</source>
        <extracomment>github.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Mitgliedschaften und Projekte von Organisationen sowie Team-Mitgliedschaften lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1586"/>
        <source>Fully manage your public SSH keys</source>
        <extracomment>github.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Ihre öffentlichen SSH-Schlüssel vollständig verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1588"/>
        <source>Create, list and view your public SSH keys</source>
        <extracomment>github.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Ihre öffentlichen SSH-Schlüssel erstellen, auflisten und ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1590"/>
        <source>List and view your public SSH keys</source>
        <extracomment>github.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Ihre öffentlichen SSH-Schlüssel auflisten und ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1592"/>
        <source>GPG keys</source>
        <extracomment>github.json $.authMethods[0].scopes[17].group</extracomment>
        <translation>GPG-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1594"/>
        <source>Fully manage your GPG keys</source>
        <extracomment>github.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>Ihre GPG-Schlüssel vollständig verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1596"/>
        <source>Create, list and view your GPG keys</source>
        <extracomment>github.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>Ihre GPG-Schlüssel erstellen, auflisten und ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1598"/>
        <source>List and view your GPG keys</source>
        <extracomment>github.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Ihre GPG-Schlüssel auflisten und ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1600"/>
        <source>Profile</source>
        <extracomment>github.json $.authMethods[0].scopes[20].group</extracomment>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1602"/>
        <source>Read and write your profile, including your email addresses and whom you follow</source>
        <extracomment>github.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Ihr Profil lesen und schreiben, einschließlich Ihrer E-Mail-Adressen und wem Sie folgen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1604"/>
        <source>Read your profile</source>
        <extracomment>github.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>Ihr Profil lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1606"/>
        <source>Read your email addresses</source>
        <extracomment>github.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>Ihre E-Mail-Adressen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1608"/>
        <source>Follow and unfollow other users</source>
        <extracomment>github.json $.authMethods[0].scopes[23].description</extracomment>
        <translation>Anderen Benutzern folgen und entfolgen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1610"/>
        <source>Gists</source>
        <extracomment>github.json $.authMethods[0].scopes[24].group</extracomment>
        <translation>Gists</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1612"/>
        <source>Create and edit gists</source>
        <extracomment>github.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Gists erstellen und bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1614"/>
        <source>Notifications</source>
        <extracomment>github.json $.authMethods[0].scopes[25].group</extracomment>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1616"/>
        <source>Read your notifications, mark them read and manage repository watching and thread subscriptions</source>
        <extracomment>github.json $.authMethods[0].scopes[25].description</extracomment>
        <translation>Ihre Benachrichtigungen lesen, als gelesen markieren und das Beobachten von Repositorys sowie Thread-Abonnements verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1618"/>
        <source>Packages</source>
        <extracomment>github.json $.authMethods[0].scopes[26].group</extracomment>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1620"/>
        <source>Upload and publish packages to GitHub Packages</source>
        <extracomment>github.json $.authMethods[0].scopes[26].description</extracomment>
        <translation>Pakete in GitHub Packages hochladen und veröffentlichen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1622"/>
        <source>Download and install packages from GitHub Packages</source>
        <extracomment>github.json $.authMethods[0].scopes[27].description</extracomment>
        <translation>Pakete aus GitHub Packages herunterladen und installieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1624"/>
        <source>Delete packages from GitHub Packages</source>
        <extracomment>github.json $.authMethods[0].scopes[28].description</extracomment>
        <translation>Pakete aus GitHub Packages löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1626"/>
        <source>Actions and Codespaces</source>
        <extracomment>github.json $.authMethods[0].scopes[29].group</extracomment>
        <translation>Actions und Codespaces</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1628"/>
        <source>Add and update GitHub Actions workflow files</source>
        <extracomment>github.json $.authMethods[0].scopes[29].description</extracomment>
        <translation>Workflow-Dateien für GitHub Actions hinzufügen und aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1630"/>
        <source>Create and manage codespaces</source>
        <extracomment>github.json $.authMethods[0].scopes[30].description</extracomment>
        <translation>Codespaces erstellen und verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1632"/>
        <source>Read and write user and organization projects</source>
        <extracomment>github.json $.authMethods[0].scopes[31].description</extracomment>
        <translation>Projekte von Benutzern und Organisationen lesen und schreiben</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1634"/>
        <source>Read user and organization projects</source>
        <extracomment>github.json $.authMethods[0].scopes[32].description</extracomment>
        <translation>Projekte von Benutzern und Organisationen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1636"/>
        <source>Administration</source>
        <extracomment>github.json $.authMethods[0].scopes[33].group</extracomment>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1638"/>
        <source>Read audit log data</source>
        <extracomment>github.json $.authMethods[0].scopes[33].description</extracomment>
        <translation>Daten des Audit-Protokolls lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1640"/>
        <source>List Repositories</source>
        <extracomment>github.json $.authMethods[0].actions[0].label</extracomment>
        <translation>Repositorys auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1642"/>
        <source>Get Repository</source>
        <extracomment>github.json $.authMethods[0].actions[1].label</extracomment>
        <translation>Repository abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1644"/>
        <source>Create Repository</source>
        <extracomment>github.json $.authMethods[0].actions[2].label</extracomment>
        <translation>Repository erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1646"/>
        <source>Delete Repository</source>
        <extracomment>github.json $.authMethods[0].actions[3].label</extracomment>
        <translation>Repository löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1648"/>
        <source>Get File Contents</source>
        <extracomment>github.json $.authMethods[0].actions[4].label</extracomment>
        <translation>Dateiinhalt abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1650"/>
        <source>Create or Update File</source>
        <extracomment>github.json $.authMethods[0].actions[5].label</extracomment>
        <translation>Datei erstellen oder aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1652"/>
        <source>List Issues</source>
        <extracomment>github.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Issues auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1654"/>
        <source>Create Issue</source>
        <extracomment>github.json $.authMethods[0].actions[7].label</extracomment>
        <translation>Issue erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1656"/>
        <source>Add Issue Comment</source>
        <extracomment>github.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Kommentar zu Issue hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1658"/>
        <source>List Pull Requests</source>
        <extracomment>github.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Pull Requests auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1660"/>
        <source>Create Pull Request</source>
        <extracomment>github.json $.authMethods[0].actions[10].label</extracomment>
        <translation>Pull Request erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1662"/>
        <source>Merge Pull Request</source>
        <extracomment>github.json $.authMethods[0].actions[11].label</extracomment>
        <translation>Pull Request zusammenführen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1664"/>
        <source>Create Release</source>
        <extracomment>github.json $.authMethods[0].actions[12].label</extracomment>
        <translation>Release erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1666"/>
        <source>List Workflow Runs</source>
        <extracomment>github.json $.authMethods[0].actions[13].label</extracomment>
        <translation>Workflow-Läufe auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1668"/>
        <source>Run Workflow</source>
        <extracomment>github.json $.authMethods[0].actions[14].label</extracomment>
        <translation>Workflow ausführen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1670"/>
        <source>Update Workflow File</source>
        <extracomment>github.json $.authMethods[0].actions[15].label</extracomment>
        <translation>Workflow-Datei aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1672"/>
        <source>Create Repository Webhook</source>
        <extracomment>github.json $.authMethods[0].actions[16].label</extracomment>
        <translation>Repository-Webhook erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1674"/>
        <source>List Organizations</source>
        <extracomment>github.json $.authMethods[0].actions[17].label</extracomment>
        <translation>Organisationen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1676"/>
        <source>List Team Members</source>
        <extracomment>github.json $.authMethods[0].actions[18].label</extracomment>
        <translation>Team-Mitglieder auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1678"/>
        <source>List User Emails</source>
        <extracomment>github.json $.authMethods[0].actions[19].label</extracomment>
        <translation>E-Mail-Adressen des Benutzers auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1680"/>
        <source>Create Gist</source>
        <extracomment>github.json $.authMethods[0].actions[20].label</extracomment>
        <translation>Gist erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1682"/>
        <source>List Notifications</source>
        <extracomment>github.json $.authMethods[0].actions[21].label</extracomment>
        <translation>Benachrichtigungen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1684"/>
        <source>Download Package</source>
        <extracomment>github.json $.authMethods[0].actions[22].label</extracomment>
        <translation>Paket herunterladen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1686"/>
        <source>Publish Package</source>
        <extracomment>github.json $.authMethods[0].actions[23].label</extracomment>
        <translation>Paket veröffentlichen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1688"/>
        <source>Create the GitHub personal access token</source>
        <extracomment>github.json $.authMethods[0].guide.title</extracomment>
        <translation>Das persönliche Zugriffstoken für GitHub erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1690"/>
        <source>Create a classic token</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Ein klassisches Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1692"/>
        <source>GitHub tells Keylink which scopes a classic token holds, so each one can be checked. GitHub shows the token only once.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>GitHub teilt Keylink mit, welche Berechtigungen ein klassisches Token hat, sodass jede geprüft werden kann. GitHub zeigt das Token nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1694"/>
        <source>Sign in to GitHub and open the classic personal access tokens in your developer settings.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei GitHub an und öffnen Sie in Ihren Entwicklereinstellungen die klassischen persönlichen Zugriffstokens.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1696"/>
        <source>Open personal access tokens (classic)</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Persönliche Zugriffstokens (klassisch) öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1698"/>
        <source>If GitHub asks, verify your email address first.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Bestätigen Sie zuerst Ihre E-Mail-Adresse, falls GitHub danach fragt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1700"/>
        <source>In the upper-right corner of any page, click your profile picture, then **Settings**.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Klicken Sie oben rechts auf einer beliebigen Seite auf Ihr Profilbild und dann auf **Settings**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1702"/>
        <source>At the bottom of the left sidebar, click **Developer settings**.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[0].items[2]</extracomment>
        <translation>Klicken Sie unten in der linken Seitenleiste auf **Developer settings**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1704"/>
        <source>Under **Personal access tokens**, click **Tokens (classic)**.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[0].items[3]</extracomment>
        <translation>Klicken Sie unter **Personal access tokens** auf **Tokens (classic)**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1706"/>
        <source>Click **Generate new token**, then **Generate new token (classic)**.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Klicken Sie auf **Generate new token** und dann auf **Generate new token (classic)**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1708"/>
        <source>In **Note**, type a name you will recognise later, such as &quot;Keylink&quot;.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Geben Sie unter **Note** einen Namen ein, den Sie später wiedererkennen, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1710"/>
        <source>Under **Expiration**, choose how long the token should work, or **Custom** to pick a date.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>Wählen Sie unter **Expiration**, wie lange das Token gelten soll, oder **Custom**, um ein Datum zu wählen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1712"/>
        <source>Tick each scope listed here; they are the scopes the actions you picked need. A token without scopes can read only public information.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Kreuzen Sie jede hier aufgeführte Berechtigung an; es sind die Berechtigungen, die Ihre gewählten Aktionen brauchen. Ein Token ohne Berechtigungen kann nur öffentliche Informationen lesen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1714"/>
        <source>Generate the token and copy it</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[3].title</extracomment>
        <translation>Das Token erzeugen und kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1716"/>
        <source>Click **Generate token**.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[3].text</extracomment>
        <translation>Klicken Sie auf **Generate token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1718"/>
        <source>Copy the token now: GitHub shows it only once.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[3].items[0]</extracomment>
        <translation>Kopieren Sie das Token jetzt: GitHub zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1720"/>
        <source>If an organization uses SAML single sign-on, click **Configure SSO** next to the token and authorize it for that organization.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[0].steps[3].items[1]</extracomment>
        <translation>Nutzt eine Organisation SAML-Single-Sign-On, klicken Sie neben dem Token auf **Configure SSO** und autorisieren Sie es für diese Organisation.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1722"/>
        <source>Or create a fine-grained token</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Oder ein feingranulares Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1724"/>
        <source>A fine-grained token reaches only the repositories and permissions you pick, and it must expire. GitHub does not report its permissions, so Keylink cannot check them.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].intro</extracomment>
        <translation>Ein feingranulares Token erreicht nur die Repositorys und Berechtigungen, die Sie wählen, und muss ablaufen. GitHub meldet seine Berechtigungen nicht, daher kann Keylink sie nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1726"/>
        <source>Start a fine-grained token</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Ein feingranulares Token beginnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1728"/>
        <source>In **Developer settings**, under **Personal access tokens**, click **Fine-grained tokens**, then **Generate new token**.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Klicken Sie in **Developer settings** unter **Personal access tokens** auf **Fine-grained tokens** und dann auf **Generate new token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1730"/>
        <source>Open fine-grained tokens</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[0].links[0].label</extracomment>
        <translation>Feingranulare Tokens öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1732"/>
        <source>Describe the token</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[1].title</extracomment>
        <translation>Das Token beschreiben</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1734"/>
        <source>Give the token a name and a lifetime, and say whose resources it reaches.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[1].text</extracomment>
        <translation>Geben Sie dem Token einen Namen und eine Laufzeit und legen Sie fest, wessen Ressourcen es erreicht.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1736"/>
        <source>Under **Token name**, type a name such as &quot;Keylink&quot;.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[1].items[0]</extracomment>
        <translation>Geben Sie unter **Token name** einen Namen ein, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1738"/>
        <source>Under **Expiration**, choose when the token stops working.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[1].items[1]</extracomment>
        <translation>Wählen Sie unter **Expiration**, wann das Token abläuft.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1740"/>
        <source>Under **Resource owner**, choose your account or the organization whose repositories the token should reach.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[1].items[2]</extracomment>
        <translation>Wählen Sie unter **Resource owner** Ihr Konto oder die Organisation, deren Repositorys das Token erreichen soll.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1742"/>
        <source>Choose the access</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[2].title</extracomment>
        <translation>Den Zugriff wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1744"/>
        <source>Give the token as little as your work needs.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[2].text</extracomment>
        <translation>Geben Sie dem Token nur so viel, wie Ihre Arbeit braucht.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1746"/>
        <source>Under **Repository access**, choose all repositories or **Only select repositories**.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[2].items[0]</extracomment>
        <translation>Wählen Sie unter **Repository access** alle Repositorys oder **Only select repositories**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1748"/>
        <source>Under **Permissions**, add the repository, organization and account permissions you need.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[2].items[1]</extracomment>
        <translation>Fügen Sie unter **Permissions** die Repository-, Organisations- und Kontoberechtigungen hinzu, die Sie brauchen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1750"/>
        <source>Click **Generate token** and copy it now: GitHub shows it only once.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[3].text</extracomment>
        <translation>Klicken Sie auf **Generate token** und kopieren Sie es jetzt: GitHub zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1752"/>
        <source>If the organization requires approval, the token reads only public resources until an owner approves it.</source>
        <extracomment>github.json $.authMethods[0].guide.sections[1].steps[3].items[0]</extracomment>
        <translation>Verlangt die Organisation eine Genehmigung, liest das Token nur öffentliche Ressourcen, bis ein Inhaber es genehmigt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1754"/>
        <source>Git repositories, merge requests, issues and CI/CD pipelines</source>
        <extracomment>gitlab.json $.description</extracomment>
        <translation>Git-Repositorys, Merge Requests, Issues und CI/CD-Pipelines</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1756"/>
        <source>On a self-managed GitLab, administrators can turn personal access tokens off or shorten how long they may live.</source>
        <extracomment>gitlab.json $.warnings[0]</extracomment>
        <translation>Auf einem selbst verwalteten GitLab können Administratoren persönliche Zugriffstokens abschalten oder ihre Laufzeit verkürzen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1758"/>
        <source>GitLab.com limits authenticated API requests per user each minute; a self-managed instance sets its own limits, which are off by default.</source>
        <extracomment>gitlab.json $.api.rateLimit.summary</extracomment>
        <translation>GitLab.com begrenzt authentifizierte API-Anfragen je Benutzer und Minute; eine selbst verwaltete Instanz legt eigene Grenzen fest, die standardmäßig aus sind.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1760"/>
        <source>GitLab.com tokens start with glpat-, but an instance may use its own prefix and GitLab does not document the length of the rest; Keylink accepts any 20 or more letters, digits, -, _ and dots.</source>
        <extracomment>gitlab.json $.unconfirmed[0].guess</extracomment>
        <translation>Tokens von GitLab.com beginnen mit glpat-, doch eine Instanz kann ein eigenes Präfix verwenden, und GitLab dokumentiert die Länge des Rests nicht; Keylink akzeptiert beliebige 20 oder mehr Buchstaben, Ziffern, -, _ und Punkte.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1762"/>
        <source>GitLab stores exactly the scopes you tick, and api also allows what read_api allows. Keylink compares scope names as they are, so a token with api alone shows read_api as missing.</source>
        <extracomment>gitlab.json $.unconfirmed[1].guess</extracomment>
        <translation>GitLab speichert genau die Berechtigungen, die Sie ankreuzen, und api erlaubt auch, was read_api erlaubt. Keylink vergleicht die Namen so, wie sie sind; bei einem Token nur mit api erscheint read_api daher als fehlend.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1764"/>
        <source>GitLab reports expires_at as a date only (YYYY-MM-DD) and says the token expires at midnight UTC; Keylink takes the end of that day, UTC.</source>
        <extracomment>gitlab.json $.unconfirmed[2].guess</extracomment>
        <translation>GitLab meldet expires_at nur als Datum (JJJJ-MM-TT) und sagt, das Token laufe um Mitternacht UTC ab; Keylink nimmt das Ende dieses Tages, UTC.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1766"/>
        <source>A token from your GitLab user settings, on GitLab.com or on your own GitLab instance, with the scopes you choose.</source>
        <extracomment>gitlab.json $.authMethods[0].description</extracomment>
        <translation>Ein Token aus Ihren GitLab-Benutzereinstellungen, auf GitLab.com oder Ihrer eigenen GitLab-Instanz, mit den Berechtigungen, die Sie wählen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1768"/>
        <source>Keylink reads your username with the token, so it needs at least one of the **read_user**, **read_api** or **api** scopes.</source>
        <extracomment>gitlab.json $.authMethods[0].warnings[0]</extracomment>
        <translation>Keylink liest mit dem Token Ihren Benutzernamen, daher braucht es mindestens eine der Berechtigungen **read_user**, **read_api** oder **api**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1770"/>
        <source>A GitLab token is at least 20 letters, digits, -, _ or dots; on GitLab.com it starts with glpat-.</source>
        <extracomment>gitlab.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein GitLab-Token besteht aus mindestens 20 Buchstaben, Ziffern, -, _ oder Punkten; auf GitLab.com beginnt es mit glpat-.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1772"/>
        <source>Shown once, right after you create the token in GitLab.</source>
        <extracomment>gitlab.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Wird einmal angezeigt, direkt nachdem Sie das Token in GitLab erstellt haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1774"/>
        <source>GitLab Address</source>
        <extracomment>gitlab.json $.authMethods[0].fields[1].label</extracomment>
        <translation>GitLab-Adresse</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1776"/>
        <source>Enter a host name such as gitlab.com or gitlab.example.com, without a path.</source>
        <extracomment>gitlab.json $.authMethods[0].fields[1].patternMessage</extracomment>
        <translation>Geben Sie einen Hostnamen wie gitlab.com oder gitlab.example.com ein, ohne Pfad.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1778"/>
        <source>gitlab.com, or the address of your own GitLab, such as gitlab.example.com.</source>
        <extracomment>gitlab.json $.authMethods[0].fields[1].hint</extracomment>
        <translation>gitlab.com oder die Adresse Ihres eigenen GitLab, etwa gitlab.example.com.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1780"/>
        <source>API</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1782"/>
        <source>Full read and write access to the API for every group and project you can reach, including registries and Git over HTTPS</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Voller Lese- und Schreibzugriff auf die API für jede Gruppe und jedes Projekt, das Sie erreichen, einschließlich Registrys und Git über HTTPS</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1784"/>
        <source>Read access to the API for every group and project you can reach, including the container and package registries</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Lesezugriff auf die API für jede Gruppe und jedes Projekt, das Sie erreichen, einschließlich Container- und Paket-Registry</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1786"/>
        <source>Read your profile through /user (username, public email, full name) and the read-only /users endpoints</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Ihr Profil über /user lesen (Benutzername, öffentliche E-Mail-Adresse, vollständiger Name) sowie die schreibgeschützten /users-Endpunkte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1788"/>
        <source>Pull from private repositories over Git and HTTPS, or read them through the repository files API</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Aus privaten Repositorys über Git und HTTPS abrufen oder sie über die Repository-Dateien-API lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1790"/>
        <source>Pull from and push to private repositories over Git and HTTPS (not through the API)</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Aus privaten Repositorys über Git und HTTPS abrufen und dorthin pushen (nicht über die API)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1792"/>
        <source>Registries</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[5].group</extracomment>
        <translation>Registrys</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1794"/>
        <source>Pull container images from private projects&apos; container registries</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Container-Images aus den Container-Registrys privater Projekte abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1796"/>
        <source>Push container images to container registries</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Container-Images in Container-Registrys hochladen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1798"/>
        <source>Pull container images through the dependency proxy</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Container-Images über den Abhängigkeitsproxy abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1800"/>
        <source>Pull, push and delete container images through the dependency proxy</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Container-Images über den Abhängigkeitsproxy abrufen, hochladen und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1802"/>
        <source>Runners</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[9].group</extracomment>
        <translation>Runner</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1804"/>
        <source>Create runners</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Runner erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1806"/>
        <source>Manage runners</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Runner verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1808"/>
        <source>Make Kubernetes API calls through the agent for Kubernetes</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Kubernetes-API-Aufrufe über den Agenten für Kubernetes ausführen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1810"/>
        <source>Use GitLab Duo features through the API</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>GitLab-Duo-Funktionen über die API nutzen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1812"/>
        <source>Rotate this token itself, and no other</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Dieses Token selbst rotieren, kein anderes</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1814"/>
        <source>Act as any user through the API (administrators only)</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Über die API als beliebiger Benutzer handeln (nur Administratoren)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1816"/>
        <source>Use administrator API actions while Admin Mode is on (self-managed administrators only)</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Administrator-Aktionen der API nutzen, solange der Admin-Modus an ist (nur Administratoren selbst verwalteter Instanzen)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1818"/>
        <source>Download the Service Ping payload (administrators only)</source>
        <extracomment>gitlab.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Die Service-Ping-Daten herunterladen (nur Administratoren)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1820"/>
        <source>Get Current User</source>
        <extracomment>gitlab.json $.authMethods[0].actions[0].label</extracomment>
        <translation>Aktuellen Benutzer abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1822"/>
        <source>Get Project</source>
        <extracomment>gitlab.json $.authMethods[0].actions[2].label</extracomment>
        <translation>Projekt abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1824"/>
        <source>Create Project</source>
        <extracomment>gitlab.json $.authMethods[0].actions[3].label</extracomment>
        <translation>Projekt erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1826"/>
        <source>Update Issue</source>
        <extracomment>gitlab.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Issue aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1828"/>
        <source>List Merge Requests</source>
        <extracomment>gitlab.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Merge Requests auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1830"/>
        <source>Create Merge Request</source>
        <extracomment>gitlab.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Merge Request erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1832"/>
        <source>Merge Merge Request</source>
        <extracomment>gitlab.json $.authMethods[0].actions[10].label</extracomment>
        <translation>Merge Request zusammenführen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1834"/>
        <source>List Pipelines</source>
        <extracomment>gitlab.json $.authMethods[0].actions[11].label</extracomment>
        <translation>Pipelines auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1836"/>
        <source>Run Pipeline</source>
        <extracomment>gitlab.json $.authMethods[0].actions[12].label</extracomment>
        <translation>Pipeline ausführen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1838"/>
        <source>Get Repository File</source>
        <extracomment>gitlab.json $.authMethods[0].actions[13].label</extracomment>
        <translation>Repository-Datei abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1840"/>
        <source>Clone Repository</source>
        <extracomment>gitlab.json $.authMethods[0].actions[14].label</extracomment>
        <translation>Repository klonen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1842"/>
        <source>Push Commits</source>
        <extracomment>gitlab.json $.authMethods[0].actions[15].label</extracomment>
        <translation>Commits pushen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1844"/>
        <source>Pull Container Images</source>
        <extracomment>gitlab.json $.authMethods[0].actions[16].label</extracomment>
        <translation>Container-Images abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1846"/>
        <source>Push Container Images</source>
        <extracomment>gitlab.json $.authMethods[0].actions[17].label</extracomment>
        <translation>Container-Images hochladen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1848"/>
        <source>Create Runner</source>
        <extracomment>gitlab.json $.authMethods[0].actions[18].label</extracomment>
        <translation>Runner erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1850"/>
        <source>Create the GitLab personal access token</source>
        <extracomment>gitlab.json $.authMethods[0].guide.title</extracomment>
        <translation>Das persönliche Zugriffstoken für GitLab erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1852"/>
        <source>The token is made in your own user settings and belongs to you. GitLab shows it only once.</source>
        <extracomment>gitlab.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Das Token entsteht in Ihren eigenen Benutzereinstellungen und gehört Ihnen. GitLab zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1854"/>
        <source>Open your access tokens</source>
        <extracomment>gitlab.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Ihre Zugriffstokens öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1856"/>
        <source>Sign in to GitLab.com or to your own GitLab, then open your personal access tokens.</source>
        <extracomment>gitlab.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei GitLab.com oder Ihrem eigenen GitLab an und öffnen Sie dann Ihre persönlichen Zugriffstokens.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1858"/>
        <source>Open personal access tokens on GitLab.com</source>
        <extracomment>gitlab.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Persönliche Zugriffstokens auf GitLab.com öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1860"/>
        <source>Select your avatar, then **Edit profile**.</source>
        <extracomment>gitlab.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Wählen Sie Ihren Avatar und dann **Edit profile**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1862"/>
        <source>In the left sidebar, select **Personal access tokens** (older versions: **Access tokens**; newer ones: **Access** &gt; **Personal access tokens**).</source>
        <extracomment>gitlab.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Wählen Sie in der linken Seitenleiste **Personal access tokens** (ältere Versionen: **Access tokens**; neuere: **Access** &gt; **Personal access tokens**).</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1864"/>
        <source>Select **Add new token**. If GitLab offers a **Generate token** menu, choose **Legacy token**: only those have the scopes below.</source>
        <extracomment>gitlab.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Wählen Sie **Add new token**. Bietet GitLab ein Menü **Generate token** an, wählen Sie **Legacy token**: Nur diese haben die unten genannten Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1866"/>
        <source>Type a name you will recognise later, such as &quot;Keylink&quot;.</source>
        <extracomment>gitlab.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Geben Sie einen Namen ein, den Sie später wiedererkennen, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1868"/>
        <source>Choose an expiry date; without one GitLab picks the longest lifetime allowed, usually a year.</source>
        <extracomment>gitlab.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>Wählen Sie ein Ablaufdatum; ohne eines wählt GitLab die längste erlaubte Laufzeit, meist ein Jahr.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1870"/>
        <source>Select each scope listed here; they are the scopes the actions you picked need.</source>
        <extracomment>gitlab.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Wählen Sie jede hier aufgeführte Berechtigung; es sind die Berechtigungen, die Ihre gewählten Aktionen brauchen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1872"/>
        <source>Select **Create personal access token**.</source>
        <extracomment>gitlab.json $.authMethods[0].guide.sections[0].steps[3].text</extracomment>
        <translation>Wählen Sie **Create personal access token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1874"/>
        <source>Copy the token now: GitLab shows it only once.</source>
        <extracomment>gitlab.json $.authMethods[0].guide.sections[0].steps[3].items[0]</extracomment>
        <translation>Kopieren Sie das Token jetzt: GitLab zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1876"/>
        <source>If you use your own GitLab, note its address too; Keylink asks for it.</source>
        <extracomment>gitlab.json $.authMethods[0].guide.sections[0].steps[3].items[1]</extracomment>
        <translation>Nutzen Sie Ihr eigenes GitLab, notieren Sie auch seine Adresse; Keylink fragt danach.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1878"/>
        <source>CRM with marketing, sales and customer service tools</source>
        <extracomment>hubspot.json $.description</extracomment>
        <translation>CRM mit Werkzeugen für Marketing, Vertrieb und Kundenservice</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1880"/>
        <source>Only super admins can see and manage a HubSpot account’s private apps.</source>
        <extracomment>hubspot.json $.warnings[0]</extracomment>
        <translation>Nur Superadministratoren sehen und verwalten die privaten Apps eines HubSpot-Kontos.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1882"/>
        <source>Per account, shared by all its private apps: 100 to 190 requests every 10 seconds and 250,000 to 1,000,000 a day, depending on the subscription.</source>
        <extracomment>hubspot.json $.api.rateLimit.summary</extracomment>
        <translation>Pro Konto, geteilt von allen seinen privaten Apps: 100 bis 190 Anfragen alle 10 Sekunden und 250.000 bis 1.000.000 am Tag, je nach Abonnement.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1884"/>
        <source>HubSpot shows private app tokens only masked. The ones in use start with pat- and a region such as na1, but no page says so, so Keylink only checks for one word of letters, digits and hyphens.</source>
        <extracomment>hubspot.json $.unconfirmed[0].guess</extracomment>
        <translation>HubSpot zeigt Tokens privater Apps nur maskiert. Die verwendeten beginnen mit pat- und einer Region wie na1, doch keine Seite sagt das; Keylink prüft daher nur auf ein Wort aus Buchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1886"/>
        <source>The account details endpoint lists the oauth scope, which private apps are not offered. Keylink assumes every private app token and service key may read the account details.</source>
        <extracomment>hubspot.json $.unconfirmed[1].guess</extracomment>
        <translation>Der Endpunkt für Kontodetails nennt den Scope oauth, den private Apps nicht angeboten bekommen. Keylink nimmt an, dass jedes Token einer privaten App und jeder Service Key die Kontodetails lesen darf.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1888"/>
        <source>The account details name the account only by its ID (portalId); a portalName field exists only in a beta version of the API, so Keylink shows the ID.</source>
        <extracomment>hubspot.json $.unconfirmed[2].guess</extracomment>
        <translation>Die Kontodetails nennen das Konto nur mit seiner ID (portalId); ein Feld portalName gibt es nur in einer Beta-Version der API, daher zeigt Keylink die ID.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1890"/>
        <source>Service keys are documented as a beta. Keylink assumes they are sent like private app tokens (a Bearer header), carry the same scope names and are answered the same way.</source>
        <extracomment>hubspot.json $.unconfirmed[3].guess</extracomment>
        <translation>Service Keys sind als Beta dokumentiert. Keylink nimmt an, dass sie wie Tokens privater Apps gesendet werden (ein Bearer-Header), dieselben Scope-Namen tragen und gleich beantwortet werden.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1892"/>
        <source>Private app access token</source>
        <extracomment>hubspot.json $.authMethods[0].label</extracomment>
        <translation>Zugriffstoken einer privaten App</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1894"/>
        <source>The access token of a HubSpot private app, or a service key, limited to the scopes it was given.</source>
        <extracomment>hubspot.json $.authMethods[0].description</extracomment>
        <translation>Das Zugriffstoken einer privaten HubSpot-App oder ein Service Key, beschränkt auf die vergebenen Scopes.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1896"/>
        <source>Since 26 October 2026 HubSpot no longer creates new legacy private apps; existing ones keep working. Without one, create a service key, which Keylink uses the same way.</source>
        <extracomment>hubspot.json $.authMethods[0].warnings[0]</extracomment>
        <translation>Seit dem 26. Oktober 2026 legt HubSpot keine neuen privaten Legacy-Apps mehr an; bestehende funktionieren weiter. Ohne eine solche App legen Sie einen Service Key an, den Keylink genauso verwendet.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1898"/>
        <source>Access Token</source>
        <extracomment>hubspot.json $.authMethods[0].fields[0].label</extracomment>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1900"/>
        <source>A HubSpot access token is one word of at least 20 letters, digits and hyphens.</source>
        <extracomment>hubspot.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein HubSpot-Zugriffstoken ist ein Wort aus mindestens 20 Buchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1902"/>
        <source>On the private app’s **Auth** tab, under **Show token**; or on the service key’s page.</source>
        <extracomment>hubspot.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Auf dem Tab **Auth** der privaten App, unter **Show token**; oder auf der Seite des Service Keys.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1904"/>
        <source>Read contacts and their properties</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Kontakte und ihre Eigenschaften lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1906"/>
        <source>Create, update and delete contacts</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Kontakte anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1908"/>
        <source>Read the property settings of contacts</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Eigenschaftseinstellungen von Kontakten lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1910"/>
        <source>Companies</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[3].group</extracomment>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1912"/>
        <source>Read companies and their properties</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Unternehmen und ihre Eigenschaften lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1914"/>
        <source>Create, update and delete companies</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Unternehmen anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1916"/>
        <source>Read the property settings of companies</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Eigenschaftseinstellungen von Unternehmen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1918"/>
        <source>Deals</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[6].group</extracomment>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1920"/>
        <source>Read deals and their properties</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Deals und ihre Eigenschaften lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1922"/>
        <source>Create, update and delete deals</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Deals anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1924"/>
        <source>Read the property settings of deals</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Eigenschaftseinstellungen von Deals lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1926"/>
        <source>Tickets</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[9].group</extracomment>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1928"/>
        <source>Read, create and update tickets</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Tickets lesen, anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1930"/>
        <source>Commerce</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[10].group</extracomment>
        <translation>Commerce</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1932"/>
        <source>Use products and the other commerce features</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Produkte und die übrigen Commerce-Funktionen nutzen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1934"/>
        <source>Read line items, the products on deals</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Positionen lesen, die Produkte in Deals</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1936"/>
        <source>Create, update and delete line items</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Positionen anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1938"/>
        <source>Read quotes</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Angebote lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1940"/>
        <source>Create, update and delete quotes</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Angebote anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1942"/>
        <source>Owners</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[15].group</extracomment>
        <translation>Zuständige</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1944"/>
        <source>Read the users that records are assigned to</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Die Benutzer lesen, denen Datensätze zugewiesen sind</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1946"/>
        <source>Custom objects</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[16].group</extracomment>
        <translation>Benutzerdefinierte Objekte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1948"/>
        <source>Read the records of custom objects</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Datensätze benutzerdefinierter Objekte lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1950"/>
        <source>Create, update and delete records of custom objects</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>Datensätze benutzerdefinierter Objekte anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1952"/>
        <source>Read the definitions of custom objects</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>Definitionen benutzerdefinierter Objekte lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1954"/>
        <source>Lists</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[19].group</extracomment>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1956"/>
        <source>Read lists and their members</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Listen und ihre Mitglieder lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1958"/>
        <source>Create, change and delete lists</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Listen anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1960"/>
        <source>Import and export</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[21].group</extracomment>
        <translation>Import und Export</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1962"/>
        <source>Import records into the CRM, new or updated</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>Datensätze ins CRM importieren, neu oder geändert</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1964"/>
        <source>Export records of every CRM object type</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>Datensätze aller CRM-Objekttypen exportieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1966"/>
        <source>Marketing</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[23].group</extracomment>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1968"/>
        <source>Read and manage forms</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[23].description</extracomment>
        <translation>Formulare lesen und verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1970"/>
        <source>Read marketing events</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Marketing-Events lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1972"/>
        <source>Create and update marketing events</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[25].description</extracomment>
        <translation>Marketing-Events anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1974"/>
        <source>Work with workflows</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[26].description</extracomment>
        <translation>Mit Workflows arbeiten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1976"/>
        <source>Send transactional emails</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[27].description</extracomment>
        <translation>Transaktions-E-Mails senden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1978"/>
        <source>Content</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[28].group</extracomment>
        <translation>Inhalte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1980"/>
        <source>Work with website and landing pages, blogs and marketing emails</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[28].description</extracomment>
        <translation>Mit Website- und Landingpages, Blogs und Marketing-E-Mails arbeiten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1982"/>
        <source>Use the File Manager</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[29].description</extracomment>
        <translation>Den Datei-Manager nutzen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1984"/>
        <source>Work with HubDB tables</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[30].description</extracomment>
        <translation>Mit HubDB-Tabellen arbeiten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1986"/>
        <source>Read threads and messages in the conversations inbox</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[31].description</extracomment>
        <translation>Threads und Nachrichten im Konversationen-Posteingang lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1988"/>
        <source>Send messages and update threads in the conversations inbox</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[32].description</extracomment>
        <translation>Nachrichten senden und Threads im Konversationen-Posteingang ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1990"/>
        <source>Sales</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[33].group</extracomment>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1992"/>
        <source>Read the details of one-to-one emails sent to contacts</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[33].description</extracomment>
        <translation>Einzelheiten persönlicher E-Mails an Kontakte lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1994"/>
        <source>Create and update custom events on record timelines</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[34].description</extracomment>
        <translation>Benutzerdefinierte Ereignisse in Chroniken von Datensätzen anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1996"/>
        <source>Users and teams</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[35].group</extracomment>
        <translation>Benutzer und Teams</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="1998"/>
        <source>Read the account’s users</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[35].description</extracomment>
        <translation>Die Benutzer des Kontos lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2000"/>
        <source>Add, change and remove users</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[36].description</extracomment>
        <translation>Benutzer hinzufügen, ändern und entfernen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2002"/>
        <source>Read the account’s teams</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[37].description</extracomment>
        <translation>Die Teams des Kontos lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2004"/>
        <source>Read the account’s login and security activity</source>
        <extracomment>hubspot.json $.authMethods[0].scopes[38].description</extracomment>
        <translation>Anmelde- und Sicherheitsaktivität des Kontos lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2006"/>
        <source>Search Contacts</source>
        <extracomment>hubspot.json $.authMethods[0].actions[2].label</extracomment>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2008"/>
        <source>List Companies</source>
        <extracomment>hubspot.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Unternehmen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2010"/>
        <source>Create Company</source>
        <extracomment>hubspot.json $.authMethods[0].actions[7].label</extracomment>
        <translation>Unternehmen anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2012"/>
        <source>Update Company</source>
        <extracomment>hubspot.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Unternehmen ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2014"/>
        <source>Associate Contact with Company</source>
        <extracomment>hubspot.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Kontakt mit Unternehmen verknüpfen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2016"/>
        <source>List Deals</source>
        <extracomment>hubspot.json $.authMethods[0].actions[10].label</extracomment>
        <translation>Deals auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2018"/>
        <source>Get Deal</source>
        <extracomment>hubspot.json $.authMethods[0].actions[11].label</extracomment>
        <translation>Deal abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2020"/>
        <source>Create Deal</source>
        <extracomment>hubspot.json $.authMethods[0].actions[12].label</extracomment>
        <translation>Deal anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2022"/>
        <source>Update Deal</source>
        <extracomment>hubspot.json $.authMethods[0].actions[13].label</extracomment>
        <translation>Deal ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2024"/>
        <source>List Tickets</source>
        <extracomment>hubspot.json $.authMethods[0].actions[14].label</extracomment>
        <translation>Tickets auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2026"/>
        <source>Create Ticket</source>
        <extracomment>hubspot.json $.authMethods[0].actions[15].label</extracomment>
        <translation>Ticket anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2028"/>
        <source>List Owners</source>
        <extracomment>hubspot.json $.authMethods[0].actions[16].label</extracomment>
        <translation>Zuständige auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2030"/>
        <source>List Products</source>
        <extracomment>hubspot.json $.authMethods[0].actions[17].label</extracomment>
        <translation>Produkte auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2032"/>
        <source>Create Line Item</source>
        <extracomment>hubspot.json $.authMethods[0].actions[18].label</extracomment>
        <translation>Position anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2034"/>
        <source>List Quotes</source>
        <extracomment>hubspot.json $.authMethods[0].actions[19].label</extracomment>
        <translation>Angebote auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2036"/>
        <source>List Lists</source>
        <extracomment>hubspot.json $.authMethods[0].actions[20].label</extracomment>
        <translation>Listen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2038"/>
        <source>Add Records to List</source>
        <extracomment>hubspot.json $.authMethods[0].actions[21].label</extracomment>
        <translation>Datensätze zu Liste hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2040"/>
        <source>List Forms</source>
        <extracomment>hubspot.json $.authMethods[0].actions[22].label</extracomment>
        <translation>Formulare auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2042"/>
        <source>List Custom Object Schemas</source>
        <extracomment>hubspot.json $.authMethods[0].actions[23].label</extracomment>
        <translation>Schemas benutzerdefinierter Objekte auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2044"/>
        <source>List Conversation Inboxes</source>
        <extracomment>hubspot.json $.authMethods[0].actions[24].label</extracomment>
        <translation>Konversationen-Posteingänge auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2046"/>
        <source>List Conversation Threads</source>
        <extracomment>hubspot.json $.authMethods[0].actions[25].label</extracomment>
        <translation>Konversations-Threads auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2048"/>
        <source>Send Conversation Message</source>
        <extracomment>hubspot.json $.authMethods[0].actions[26].label</extracomment>
        <translation>Nachricht in Konversation senden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2050"/>
        <source>Import Records</source>
        <extracomment>hubspot.json $.authMethods[0].actions[28].label</extracomment>
        <translation>Datensätze importieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2052"/>
        <source>Export Records</source>
        <extracomment>hubspot.json $.authMethods[0].actions[29].label</extracomment>
        <translation>Datensätze exportieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2054"/>
        <source>Get the HubSpot private app access token</source>
        <extracomment>hubspot.json $.authMethods[0].guide.title</extracomment>
        <translation>Das Zugriffstoken der privaten HubSpot-App holen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2056"/>
        <source>Open your private app</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Die private App öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2058"/>
        <source>HubSpot now lists private apps among the legacy apps. You need to be a super admin to see them.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>HubSpot führt private Apps jetzt unter den Legacy-Apps. Um sie zu sehen, müssen Sie Superadministrator sein.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2060"/>
        <source>Open the legacy apps</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Die Legacy-Apps öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2062"/>
        <source>Sign in to HubSpot, click **Development** in the main navigation, then **Legacy apps** in the left sidebar.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei HubSpot an, klicken Sie in der Hauptnavigation auf **Development** und dann in der linken Seitenleiste auf **Legacy apps**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2064"/>
        <source>Open HubSpot</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>HubSpot öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2066"/>
        <source>Pick the app</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Die App auswählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2068"/>
        <source>Click the name of the private app Keylink should use.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Klicken Sie auf den Namen der privaten App, die Keylink verwenden soll.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2070"/>
        <source>No private app yet? HubSpot no longer creates new ones; create a service key instead, as the last section shows.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Noch keine private App? HubSpot legt keine neuen mehr an; legen Sie stattdessen einen Service Key an, wie der letzte Abschnitt zeigt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2072"/>
        <source>Check the scopes</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Die Scopes prüfen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2074"/>
        <source>The token can do only what the app’s scopes allow.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[1].intro</extracomment>
        <translation>Das Token kann nur, was die Scopes der App erlauben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2076"/>
        <source>Compare the scopes</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Die Scopes vergleichen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2078"/>
        <source>Open the app’s **Auth** tab and look at its scopes. Make sure the ones listed here are among them.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Öffnen Sie den Tab **Auth** der App und sehen Sie sich ihre Scopes an. Die hier aufgeführten müssen darunter sein.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2080"/>
        <source>If one is missing, add it to the app’s scopes and save the change.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[1].steps[0].items[0]</extracomment>
        <translation>Fehlt einer, fügen Sie ihn den Scopes der App hinzu und speichern Sie die Änderung.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2082"/>
        <source>Copy the access token</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[2].title</extracomment>
        <translation>Das Zugriffstoken kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2084"/>
        <source>Show the token</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[2].steps[0].title</extracomment>
        <translation>Das Token anzeigen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2086"/>
        <source>On the **Auth** tab, click **Show token**, then **Copy**.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[2].steps[0].text</extracomment>
        <translation>Klicken Sie auf dem Tab **Auth** auf **Show token** und dann auf **Copy**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2088"/>
        <source>Keep it somewhere safe until you paste it into Keylink.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[2].steps[0].items[0]</extracomment>
        <translation>Bewahren Sie es sicher auf, bis Sie es in Keylink einfügen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2090"/>
        <source>Create a service key instead</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[3].title</extracomment>
        <translation>Stattdessen einen Service Key anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2092"/>
        <source>HubSpot recommends service keys for new integrations. Super admins and users with the **Developer tools access** permission can create them.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[3].intro</extracomment>
        <translation>HubSpot empfiehlt Service Keys für neue Integrationen. Superadministratoren und Benutzer mit der Berechtigung **Developer tools access** können sie anlegen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2094"/>
        <source>Open the service keys</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[3].steps[0].title</extracomment>
        <translation>Die Service Keys öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2096"/>
        <source>Click **Development** in the main navigation, then **Keys** &gt; **Service keys** in the left sidebar.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[3].steps[0].text</extracomment>
        <translation>Klicken Sie in der Hauptnavigation auf **Development** und dann in der linken Seitenleiste auf **Keys** &gt; **Service keys**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2098"/>
        <source>Start the key</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[3].steps[1].title</extracomment>
        <translation>Den Key beginnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2100"/>
        <source>Click **Create service key** in the top right and type a name, such as &quot;Keylink&quot;.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[3].steps[1].text</extracomment>
        <translation>Klicken Sie oben rechts auf **Create service key** und geben Sie einen Namen ein, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2102"/>
        <source>Click **Add new scope**, select the scopes listed here in the panel on the right, then click **Update**.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[3].steps[2].text</extracomment>
        <translation>Klicken Sie auf **Add new scope**, wählen Sie im rechten Bereich die hier aufgeführten Scopes aus und klicken Sie auf **Update**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2104"/>
        <source>You can only give the key scopes that you have yourself.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[3].steps[2].items[0]</extracomment>
        <translation>Sie können dem Key nur Scopes geben, die Sie selbst haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2106"/>
        <source>Create and copy the key</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[3].steps[3].title</extracomment>
        <translation>Den Key anlegen und kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2108"/>
        <source>Click **Create** in the top right and confirm. Then open the key by its name, show it and copy it.</source>
        <extracomment>hubspot.json $.authMethods[0].guide.sections[3].steps[3].text</extracomment>
        <translation>Klicken Sie oben rechts auf **Create** und bestätigen Sie. Öffnen Sie den Key dann über seinen Namen, lassen Sie ihn anzeigen und kopieren Sie ihn.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2110"/>
        <source>Customer service with a shared inbox, chat, tickets and a help center</source>
        <extracomment>intercom.json $.description</extracomment>
        <translation>Kundenservice mit gemeinsamem Posteingang, Chat, Tickets und Hilfe-Center</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2112"/>
        <source>An access token reaches all the data its app’s permissions allow in your workspace. Intercom asks you never to share it outside your company.</source>
        <extracomment>intercom.json $.warnings[0]</extracomment>
        <translation>Ein Zugriffstoken erreicht alle Daten Ihres Workspaces, die die Berechtigungen seiner App erlauben. Intercom bittet, es nie außerhalb Ihres Unternehmens weiterzugeben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2114"/>
        <source>Per app and per workspace, counted in 10-second windows; each answer states the limit of the current window.</source>
        <extracomment>intercom.json $.api.rateLimit.summary</extracomment>
        <translation>Pro App und pro Workspace, gezählt in Fenstern von 10 Sekunden; jede Antwort nennt das Limit des laufenden Fensters.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2116"/>
        <source>Intercom does not document what an access token looks like. Keylink only checks for one word of at least 20 letters, digits and the characters + / = _ -.</source>
        <extracomment>intercom.json $.unconfirmed[0].guess</extracomment>
        <translation>Intercom dokumentiert nicht, wie ein Zugriffstoken aussieht. Keylink prüft nur auf ein Wort aus mindestens 20 Buchstaben, Ziffern und den Zeichen + / = _ -.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2118"/>
        <source>Intercom routes requests sent to api.intercom.io to the workspace’s region, so Keylink tries the European and Australian hosts first; that a host answers 401 for a token of another region is assumed.</source>
        <extracomment>intercom.json $.unconfirmed[1].guess</extracomment>
        <translation>Intercom leitet Anfragen an api.intercom.io in die Region des Workspaces weiter; daher versucht Keylink zuerst die europäischen und australischen Hosts. Dass ein Host für ein Token einer anderen Region 401 antwortet, ist angenommen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2120"/>
        <source>Older versions of the API documented /me as needing the Read admins permission. Keylink assumes an app’s access token may call it and recommends keeping Read admins.</source>
        <extracomment>intercom.json $.unconfirmed[2].guess</extracomment>
        <translation>Ältere Versionen der API beschrieben /me als abhängig von der Berechtigung Read admins. Keylink nimmt an, dass das Zugriffstoken einer App es aufrufen darf, und empfiehlt, Read admins beizubehalten.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2122"/>
        <source>Whether Intercom answers 401 or 403 when the app lacks a permission is not documented. Keylink counts a 403 as a missing permission and leaves a 401 unchecked.</source>
        <extracomment>intercom.json $.unconfirmed[3].guess</extracomment>
        <translation>Ob Intercom mit 401 oder 403 antwortet, wenn der App eine Berechtigung fehlt, ist nicht dokumentiert. Keylink wertet 403 als fehlende Berechtigung und lässt 401 ungeprüft.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2124"/>
        <source>Intercom’s pages give the limits as examples (1,000 a minute, 167 per 10 seconds) rather than as the values in force.</source>
        <extracomment>intercom.json $.unconfirmed[4].guess</extracomment>
        <translation>Die Seiten von Intercom nennen die Limits als Beispiele (1.000 pro Minute, 167 pro 10 Sekunden), nicht als geltende Werte.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2126"/>
        <source>Access token</source>
        <extracomment>intercom.json $.authMethods[0].label</extracomment>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2128"/>
        <source>The access token of an app in your Intercom Developer Hub, with the permissions you give that app.</source>
        <extracomment>intercom.json $.authMethods[0].description</extracomment>
        <translation>Das Zugriffstoken einer App in Ihrem Intercom Developer Hub, mit den Berechtigungen, die Sie dieser App geben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2130"/>
        <source>An Intercom access token is one word of at least 20 letters, digits and the characters + / = _ -.</source>
        <extracomment>intercom.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Intercom-Zugriffstoken ist ein Wort aus mindestens 20 Buchstaben, Ziffern und den Zeichen + / = _ -.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2132"/>
        <source>In the Developer Hub, on your app’s **Configure** &gt; **Authentication** page.</source>
        <extracomment>intercom.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Im Developer Hub, auf der Seite **Configure** &gt; **Authentication** Ihrer App.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2134"/>
        <source>Europe</source>
        <extracomment>intercom.json $.authMethods[0].environments[0].label</extracomment>
        <translation>Europa</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2136"/>
        <source>Australia</source>
        <extracomment>intercom.json $.authMethods[0].environments[1].label</extracomment>
        <translation>Australien</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2138"/>
        <source>United States</source>
        <extracomment>intercom.json $.authMethods[0].environments[2].label</extracomment>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2140"/>
        <source>People &amp; conversation data</source>
        <extracomment>intercom.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>Personen- und Konversationsdaten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2142"/>
        <source>See and list all contacts, companies and segments</source>
        <extracomment>intercom.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Alle Kontakte, Unternehmen und Segmente sehen und auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2144"/>
        <source>List all contacts and run bulk actions on them</source>
        <extracomment>intercom.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Alle Kontakte auflisten und Massenaktionen auf sie anwenden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2146"/>
        <source>Create and update contacts and companies</source>
        <extracomment>intercom.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Kontakte und Unternehmen anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2148"/>
        <source>See a single contact or company</source>
        <extracomment>intercom.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Einen einzelnen Kontakt oder ein einzelnes Unternehmen sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2150"/>
        <source>List all tags</source>
        <extracomment>intercom.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Alle Tags auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2152"/>
        <source>Create, change, apply and delete tags</source>
        <extracomment>intercom.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Tags anlegen, ändern, vergeben und löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2154"/>
        <source>See conversations</source>
        <extracomment>intercom.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Konversationen sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2156"/>
        <source>Reply to, mark as read and close conversations</source>
        <extracomment>intercom.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Auf Konversationen antworten, sie als gelesen markieren und schließen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2158"/>
        <source>List the events of a contact</source>
        <extracomment>intercom.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Die Ereignisse eines Kontakts auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2160"/>
        <source>Submit events, the activity of your users</source>
        <extracomment>intercom.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Ereignisse übermitteln, die Aktivität Ihrer Benutzer</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2162"/>
        <source>Count contacts and companies that match criteria</source>
        <extracomment>intercom.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Kontakte und Unternehmen zählen, die Kriterien erfüllen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2164"/>
        <source>Create and update custom data attributes</source>
        <extracomment>intercom.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Eigene Datenattribute anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2166"/>
        <source>Export engagement data of messages</source>
        <extracomment>intercom.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Interaktionsdaten von Nachrichten exportieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2168"/>
        <source>Export engagement data of content</source>
        <extracomment>intercom.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Interaktionsdaten von Inhalten exportieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2170"/>
        <source>Read content data</source>
        <extracomment>intercom.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Inhaltsdaten lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2172"/>
        <source>See tickets</source>
        <extracomment>intercom.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Tickets sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2174"/>
        <source>Create tickets</source>
        <extracomment>intercom.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Tickets anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2176"/>
        <source>Workspace data</source>
        <extracomment>intercom.json $.authMethods[0].scopes[17].group</extracomment>
        <translation>Workspace-Daten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2178"/>
        <source>See and list all teammates (admins)</source>
        <extracomment>intercom.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>Alle Teammitglieder (Admins) sehen und auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2180"/>
        <source>See a single teammate</source>
        <extracomment>intercom.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>Ein einzelnes Teammitglied sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2182"/>
        <source>Set teammates away</source>
        <extracomment>intercom.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Teammitglieder auf abwesend setzen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2184"/>
        <source>See teammates and their activity logs</source>
        <extracomment>intercom.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Teammitglieder und ihre Aktivitätsprotokolle sehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2186"/>
        <source>See and list news items and newsfeeds</source>
        <extracomment>intercom.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>News-Beiträge und Newsfeeds sehen und auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2188"/>
        <source>Read, create and update news items and newsfeeds</source>
        <extracomment>intercom.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>News-Beiträge und Newsfeeds lesen, anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2190"/>
        <source>See and list Help Center articles</source>
        <extracomment>intercom.json $.authMethods[0].scopes[23].description</extracomment>
        <translation>Hilfe-Center-Artikel sehen und auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2192"/>
        <source>Read, create and update Help Center articles</source>
        <extracomment>intercom.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Hilfe-Center-Artikel lesen, anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2194"/>
        <source>Create phone call redirects</source>
        <extracomment>intercom.json $.authMethods[0].scopes[25].description</extracomment>
        <translation>Anrufweiterleitungen anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2196"/>
        <source>Reply to Conversation</source>
        <extracomment>intercom.json $.authMethods[0].actions[3].label</extracomment>
        <translation>Auf Konversation antworten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2198"/>
        <source>Close Conversation</source>
        <extracomment>intercom.json $.authMethods[0].actions[4].label</extracomment>
        <translation>Konversation schließen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2200"/>
        <source>Assign Conversation</source>
        <extracomment>intercom.json $.authMethods[0].actions[5].label</extracomment>
        <translation>Konversation zuweisen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2202"/>
        <source>Tag Contact</source>
        <extracomment>intercom.json $.authMethods[0].actions[12].label</extracomment>
        <translation>Kontakt taggen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2204"/>
        <source>List Admins</source>
        <extracomment>intercom.json $.authMethods[0].actions[13].label</extracomment>
        <translation>Admins auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2206"/>
        <source>Submit Event</source>
        <extracomment>intercom.json $.authMethods[0].actions[14].label</extracomment>
        <translation>Ereignis übermitteln</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2208"/>
        <source>List Articles</source>
        <extracomment>intercom.json $.authMethods[0].actions[15].label</extracomment>
        <translation>Artikel auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2210"/>
        <source>Create Article</source>
        <extracomment>intercom.json $.authMethods[0].actions[16].label</extracomment>
        <translation>Artikel anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2212"/>
        <source>Get Ticket</source>
        <extracomment>intercom.json $.authMethods[0].actions[17].label</extracomment>
        <translation>Ticket abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2214"/>
        <source>Get the Intercom access token</source>
        <extracomment>intercom.json $.authMethods[0].guide.title</extracomment>
        <translation>Das Intercom-Zugriffstoken holen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2216"/>
        <source>Create an app in the Developer Hub</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Eine App im Developer Hub anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2218"/>
        <source>Intercom gives every app an access token for the workspace it belongs to. Use your paid workspace, not a development one.</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Intercom gibt jeder App ein Zugriffstoken für den Workspace, zu dem sie gehört. Verwenden Sie Ihren bezahlten Workspace, keinen Entwicklungs-Workspace.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2220"/>
        <source>Open the Developer Hub</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Den Developer Hub öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2222"/>
        <source>Sign in to your Intercom workspace and open the **Developer Hub**.</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei Ihrem Intercom-Workspace an und öffnen Sie den **Developer Hub**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2224"/>
        <source>Create the app</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Die App anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2226"/>
        <source>Click **New app**.</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Klicken Sie auf **New app**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2228"/>
        <source>Type a name, such as &quot;Keylink&quot;.</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Geben Sie einen Namen ein, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2230"/>
        <source>Pick the workspace whose data Keylink should reach.</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>Wählen Sie den Workspace, dessen Daten Keylink erreichen soll.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2232"/>
        <source>Click **Create app**.</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[0].steps[1].items[2]</extracomment>
        <translation>Klicken Sie auf **Create app**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2234"/>
        <source>Edit the permissions</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Die Berechtigungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2236"/>
        <source>Open **Configure** &gt; **Authentication** and edit the permissions. Select the ones listed here, then save.</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Öffnen Sie **Configure** &gt; **Authentication** und bearbeiten Sie die Berechtigungen. Wählen Sie die hier aufgeführten aus und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2238"/>
        <source>Keep **Read admins**: Keylink asks Intercom which teammate and workspace the token belongs to.</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[1].steps[0].items[0]</extracomment>
        <translation>Behalten Sie **Read admins**: Keylink fragt Intercom, zu welchem Teammitglied und Workspace das Token gehört.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2240"/>
        <source>On the same **Authentication** page, copy the **Access Token**.</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[2].steps[0].text</extracomment>
        <translation>Kopieren Sie auf derselben Seite **Authentication** das **Access Token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2242"/>
        <source>Treat it like a password: anyone who has it can reach your workspace’s data.</source>
        <extracomment>intercom.json $.authMethods[0].guide.sections[2].steps[0].items[0]</extracomment>
        <translation>Behandeln Sie es wie ein Passwort: Wer es hat, erreicht die Daten Ihres Workspaces.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2244"/>
        <source>Issue and project tracking for software and business teams</source>
        <extracomment>jira.json $.description</extracomment>
        <translation>Vorgangs- und Projektverfolgung für Software- und Business-Teams</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2246"/>
        <source>The token acts as your Atlassian account: Keylink sees exactly what you can see in Jira, no more.</source>
        <extracomment>jira.json $.warnings[0]</extracomment>
        <translation>Das Token handelt als Ihr Atlassian-Konto: Keylink sieht in Jira genau das, was Sie sehen, nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2248"/>
        <source>Per site, Jira combines a points-based hourly quota with burst limits per endpoint and per issue; when one is hit it answers 429 and says how many seconds to wait.</source>
        <extracomment>jira.json $.api.rateLimit.summary</extracomment>
        <translation>Pro Site kombiniert Jira ein punktbasiertes Stundenkontingent mit Spitzenlimits pro Endpunkt und pro Vorgang; wird eines erreicht, antwortet Jira mit 429 und nennt die Sekunden bis zum nächsten Versuch.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2250"/>
        <source>The API reference only says that /rest/api/3/myself answers 401 when the credentials are wrong, not with which body. Jira usually answers with the plain text &quot;Client must be authenticated to access this resource.&quot;; Keylink reads a JSON errorMessages list when there is one and the plain text otherwise.</source>
        <extracomment>jira.json $.unconfirmed[0].guess</extracomment>
        <translation>Die API-Referenz sagt nur, dass /rest/api/3/myself bei falschen Zugangsdaten mit 401 antwortet, nicht mit welchem Inhalt. Meist antwortet Jira mit dem reinen Text „Client must be authenticated to access this resource.“; Keylink liest eine JSON-Liste errorMessages, wenn es eine gibt, sonst den reinen Text.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2252"/>
        <source>Atlassian says API tokens have no fixed length and gives no character set, so Keylink only checks that the token is at least 20 characters without spaces.</source>
        <extracomment>jira.json $.unconfirmed[1].guess</extracomment>
        <translation>Laut Atlassian haben API-Tokens keine feste Länge, und ein Zeichensatz wird nicht genannt; Keylink prüft daher nur, dass das Token mindestens 20 Zeichen ohne Leerzeichen hat.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2254"/>
        <source>Jira&apos;s X-RateLimit-Reset header is an ISO 8601 time, not a number of seconds, so Keylink relies on Retry-After instead.</source>
        <extracomment>jira.json $.unconfirmed[2].guess</extracomment>
        <translation>Der Header X-RateLimit-Reset von Jira ist ein ISO-8601-Zeitpunkt, keine Anzahl Sekunden; Keylink verlässt sich daher auf Retry-After.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2256"/>
        <source>API token and email</source>
        <extracomment>jira.json $.authMethods[0].label</extracomment>
        <translation>API-Token und E-Mail</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2258"/>
        <source>An API token from your Atlassian account, used together with the account&apos;s email address on your Jira site.</source>
        <extracomment>jira.json $.authMethods[0].description</extracomment>
        <translation>Ein API-Token aus Ihrem Atlassian-Konto, zusammen mit der E-Mail-Adresse des Kontos auf Ihrer Jira-Site verwendet.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2260"/>
        <source>Atlassian API tokens expire after at most one year, and Jira does not say when. Create a new token and link it again before the old one runs out.</source>
        <extracomment>jira.json $.authMethods[0].warnings[0]</extracomment>
        <translation>Atlassian-API-Tokens laufen nach höchstens einem Jahr ab, und Jira sagt nicht, wann. Erstellen Sie ein neues Token und verknüpfen Sie es erneut, bevor das alte abläuft.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2262"/>
        <source>Site</source>
        <extracomment>jira.json $.authMethods[0].fields[0].label</extracomment>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2264"/>
        <source>Enter only the site name: letters, digits and hyphens, such as acme for acme.atlassian.net.</source>
        <extracomment>jira.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Geben Sie nur den Site-Namen ein: Buchstaben, Ziffern und Bindestriche, etwa acme für acme.atlassian.net.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2266"/>
        <source>The part before .atlassian.net in your Jira address.</source>
        <extracomment>jira.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Der Teil vor .atlassian.net in Ihrer Jira-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2268"/>
        <source>Email</source>
        <extracomment>jira.json $.authMethods[0].fields[1].label</extracomment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2272"/>
        <source>The email address of the Atlassian account that created the token.</source>
        <extracomment>jira.json $.authMethods[0].fields[1].hint</extracomment>
        <translation>Die E-Mail-Adresse des Atlassian-Kontos, das das Token erstellt hat.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2274"/>
        <source>An API token is a long string without spaces.</source>
        <extracomment>jira.json $.authMethods[0].fields[2].patternMessage</extracomment>
        <translation>Ein API-Token ist eine lange Zeichenfolge ohne Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2276"/>
        <source>Shown once, right after you create it in your Atlassian account.</source>
        <extracomment>jira.json $.authMethods[0].fields[2].hint</extracomment>
        <translation>Wird einmal angezeigt, direkt nachdem Sie es in Ihrem Atlassian-Konto erstellt haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2278"/>
        <source>Create the Jira API token</source>
        <extracomment>jira.json $.authMethods[0].guide.title</extracomment>
        <translation>Das Jira-API-Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2280"/>
        <source>API tokens belong to your Atlassian account, not to one site. Atlassian shows a new token only once.</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>API-Tokens gehören zu Ihrem Atlassian-Konto, nicht zu einer einzelnen Site. Atlassian zeigt ein neues Token nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2282"/>
        <source>Sign in to your Atlassian account and open the **API tokens** page under **Security**.</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei Ihrem Atlassian-Konto an und öffnen Sie unter **Security** die Seite **API tokens**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2284"/>
        <source>Open API tokens</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>API-Tokens öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2286"/>
        <source>Sign in with the account whose email you will enter in Keylink.</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Melden Sie sich mit dem Konto an, dessen E-Mail-Adresse Sie in Keylink eingeben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2288"/>
        <source>Click **Create API token**.</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Klicken Sie auf **Create API token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2290"/>
        <source>Do not choose **Create API token with scopes**: those tokens only work through Atlassian&apos;s central API address, which Keylink does not use.</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Wählen Sie nicht **Create API token with scopes**: Diese Tokens funktionieren nur über die zentrale API-Adresse von Atlassian, die Keylink nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2292"/>
        <source>Pick an expiry date; it can be from 1 to 365 days away.</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[0].steps[1].items[2]</extracomment>
        <translation>Wählen Sie ein Ablaufdatum; es kann 1 bis 365 Tage in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2294"/>
        <source>Click **Create**.</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[0].steps[1].items[3]</extracomment>
        <translation>Klicken Sie auf **Create**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2296"/>
        <source>Click **Copy to clipboard** and paste the token into Keylink.</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Klicken Sie auf **Copy to clipboard** und fügen Sie das Token in Keylink ein.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2298"/>
        <source>After you close the dialog, Atlassian cannot show the token again. If you lose it, create a new one.</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[0].steps[2].items[0]</extracomment>
        <translation>Nach dem Schließen des Dialogs kann Atlassian das Token nicht mehr anzeigen. Wenn Sie es verlieren, erstellen Sie ein neues.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2300"/>
        <source>Find your site name</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Ihren Site-Namen finden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2302"/>
        <source>Keylink needs to know which Jira site to talk to.</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[1].intro</extracomment>
        <translation>Keylink muss wissen, mit welcher Jira-Site es sprechen soll.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2304"/>
        <source>Look at your Jira address</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Ihre Jira-Adresse ansehen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2306"/>
        <source>Open Jira in your browser and look at the address bar.</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Öffnen Sie Jira im Browser und sehen Sie in die Adressleiste.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2308"/>
        <source>If Jira is at acme.atlassian.net, the site name is acme.</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[1].steps[0].items[0]</extracomment>
        <translation>Liegt Jira unter acme.atlassian.net, lautet der Site-Name acme.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2310"/>
        <source>Keylink only sends the token to addresses ending in .atlassian.net.</source>
        <extracomment>jira.json $.authMethods[0].guide.sections[1].steps[0].items[1]</extracomment>
        <translation>Keylink sendet das Token nur an Adressen, die auf .atlassian.net enden.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2312"/>
        <source>Issue tracking and project planning for product teams</source>
        <extracomment>linear.json $.description</extracomment>
        <translation>Issue-Tracking und Projektplanung für Produktteams</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2314"/>
        <source>If you cannot create an API key, a workspace admin may have turned member API keys off; admins can always create them.</source>
        <extracomment>linear.json $.warnings[0]</extracomment>
        <translation>Können Sie keinen API-Schlüssel erstellen, hat ein Admin des Arbeitsbereichs API-Schlüssel für Mitglieder vielleicht abgeschaltet; Admins können sie immer erstellen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2316"/>
        <source>Each API key has an hourly budget of requests and another of query complexity, refilled continuously; Linear answers with a RATELIMITED error when either runs out.</source>
        <extracomment>linear.json $.api.rateLimit.summary</extracomment>
        <translation>Jeder API-Schlüssel hat ein stündliches Budget an Anfragen und eines an Abfragekomplexität, die laufend aufgefüllt werden; ist eines aufgebraucht, antwortet Linear mit dem Fehler RATELIMITED.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2318"/>
        <source>Linear&apos;s pages do not say which HTTP status carries an authentication or rate-limit error. Clients report HTTP 400 with the real status in extensions.statusCode (401, 429) and the kind in extensions.code.</source>
        <extracomment>linear.json $.unconfirmed[0].guess</extracomment>
        <translation>Linears Seiten sagen nicht, mit welchem HTTP-Status ein Authentifizierungs- oder Ratenfehler kommt. Clients berichten von HTTP 400 mit dem eigentlichen Status in extensions.statusCode (401, 429) und der Art in extensions.code.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2320"/>
        <source>Linear does not report a key&apos;s permissions and its API takes only POST requests, so Keylink cannot check them; they are listed so the guide can name the ones to choose.</source>
        <extracomment>linear.json $.unconfirmed[1].guess</extracomment>
        <translation>Linear meldet die Berechtigungen eines Schlüssels nicht, und seine API nimmt nur POST-Anfragen an, daher kann Keylink sie nicht prüfen; sie sind aufgeführt, damit die Anleitung die zu wählenden nennen kann.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2322"/>
        <source>Linear does not document the key&apos;s format. Keys appear to start with lin_api_; Keylink accepts any 20 or more letters, digits and _.</source>
        <extracomment>linear.json $.unconfirmed[2].guess</extracomment>
        <translation>Linear dokumentiert das Format des Schlüssels nicht. Schlüssel scheinen mit lin_api_ zu beginnen; Keylink akzeptiert beliebige 20 oder mehr Buchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2324"/>
        <source>X-RateLimit-Requests-Reset gives the reset time in milliseconds since the epoch, which Keylink cannot read yet, so it is left out.</source>
        <extracomment>linear.json $.unconfirmed[3].guess</extracomment>
        <translation>X-RateLimit-Requests-Reset gibt den Rücksetzzeitpunkt in Millisekunden seit der Epoche an, was Keylink noch nicht lesen kann; daher ist er weggelassen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2326"/>
        <source>The admin setting that allows members to create API keys is described by third parties, not by Linear&apos;s developer pages.</source>
        <extracomment>linear.json $.unconfirmed[4].guess</extracomment>
        <translation>Die Admin-Einstellung, die Mitgliedern das Erstellen von API-Schlüsseln erlaubt, beschreiben Dritte, nicht Linears Entwicklerseiten.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2328"/>
        <source>Personal API key</source>
        <extracomment>linear.json $.authMethods[0].label</extracomment>
        <translation>Persönlicher API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2330"/>
        <source>A personal API key from your Linear account settings. It acts as you, limited to the permissions and teams you choose.</source>
        <extracomment>linear.json $.authMethods[0].description</extracomment>
        <translation>Ein persönlicher API-Schlüssel aus Ihren Linear-Kontoeinstellungen. Er handelt in Ihrem Namen, beschränkt auf die Berechtigungen und Teams, die Sie wählen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2332"/>
        <source>A Linear API key is one word of at least 20 letters, digits and _, such as lin_api_….</source>
        <extracomment>linear.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Linear-API-Schlüssel ist ein Wort aus mindestens 20 Buchstaben, Ziffern und _, etwa lin_api_….</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2334"/>
        <source>Shown once, right after you create the key in Linear.</source>
        <extracomment>linear.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Wird einmal angezeigt, direkt nachdem Sie den Schlüssel in Linear erstellt haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2336"/>
        <source>Permissions</source>
        <extracomment>linear.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2338"/>
        <source>Read everything you can see in the workspace (**Read**)</source>
        <extracomment>linear.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Alles lesen, was Sie im Arbeitsbereich sehen können (**Read**)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2340"/>
        <source>Create and change issues, projects, comments and other data you can edit (**Write**)</source>
        <extracomment>linear.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Issues, Projekte, Kommentare und andere Daten erstellen und ändern, die Sie bearbeiten dürfen (**Write**)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2342"/>
        <source>Create issues and their attachments, nothing else (**Create issues**)</source>
        <extracomment>linear.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Issues und ihre Anhänge erstellen, sonst nichts (**Create issues**)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2344"/>
        <source>Add comments to issues, nothing else (**Create comments**)</source>
        <extracomment>linear.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Kommentare zu Issues hinzufügen, sonst nichts (**Create comments**)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2346"/>
        <source>Use admin-level endpoints such as webhooks and workspace settings (**Admin**)</source>
        <extracomment>linear.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Endpunkte auf Admin-Ebene nutzen, etwa Webhooks und Einstellungen des Arbeitsbereichs (**Admin**)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2348"/>
        <source>Get Issue</source>
        <extracomment>linear.json $.authMethods[0].actions[1].label</extracomment>
        <translation>Issue abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2350"/>
        <source>Search Issues</source>
        <extracomment>linear.json $.authMethods[0].actions[2].label</extracomment>
        <translation>Issues durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2352"/>
        <source>Archive Issue</source>
        <extracomment>linear.json $.authMethods[0].actions[5].label</extracomment>
        <translation>Issue archivieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2354"/>
        <source>List Teams</source>
        <extracomment>linear.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Teams auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2356"/>
        <source>List Cycles</source>
        <extracomment>linear.json $.authMethods[0].actions[10].label</extracomment>
        <translation>Zyklen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2358"/>
        <source>Create the Linear API key</source>
        <extracomment>linear.json $.authMethods[0].guide.title</extracomment>
        <translation>Den Linear-API-Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2360"/>
        <source>Create a personal API key</source>
        <extracomment>linear.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Einen persönlichen API-Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2362"/>
        <source>The key belongs to your Linear account and can reach only what you can. Linear shows it only once.</source>
        <extracomment>linear.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Der Schlüssel gehört zu Ihrem Linear-Konto und erreicht nur, was Sie erreichen. Linear zeigt ihn nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2364"/>
        <source>Open Security &amp; access</source>
        <extracomment>linear.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Security &amp; access öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2366"/>
        <source>Sign in to Linear and open your account&apos;s security settings.</source>
        <extracomment>linear.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei Linear an und öffnen Sie die Sicherheitseinstellungen Ihres Kontos.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2368"/>
        <source>In Linear, open **Settings**, then under **Account** choose **Security &amp; access**.</source>
        <extracomment>linear.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Öffnen Sie in Linear **Settings** und wählen Sie unter **Account** den Eintrag **Security &amp; access**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2370"/>
        <source>Find **Personal API keys** and click **New API key**.</source>
        <extracomment>linear.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Suchen Sie **Personal API keys** und klicken Sie auf **New API key**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2372"/>
        <source>Give the key a label you will recognise later, such as &quot;Keylink&quot;.</source>
        <extracomment>linear.json $.authMethods[0].guide.sections[0].steps[0].items[2]</extracomment>
        <translation>Geben Sie dem Schlüssel eine Bezeichnung, die Sie später wiedererkennen, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2374"/>
        <source>Give the key full access, or restrict it to the permissions listed here; they are the ones the actions you picked need.</source>
        <extracomment>linear.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Geben Sie dem Schlüssel vollen Zugriff oder beschränken Sie ihn auf die hier aufgeführten Berechtigungen; es sind die, die Ihre gewählten Aktionen brauchen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2376"/>
        <source>You can also limit the key to some teams; anything outside them will fail.</source>
        <extracomment>linear.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Sie können den Schlüssel auch auf einige Teams beschränken; alles außerhalb davon schlägt fehl.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2378"/>
        <source>Create the key and copy it</source>
        <extracomment>linear.json $.authMethods[0].guide.sections[0].steps[2].title</extracomment>
        <translation>Den Schlüssel erstellen und kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2380"/>
        <source>Click **Create**, then copy the key now: Linear shows it only once.</source>
        <extracomment>linear.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Klicken Sie auf **Create** und kopieren Sie den Schlüssel jetzt: Linear zeigt ihn nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2382"/>
        <source>Email marketing campaigns, audiences and automations</source>
        <extracomment>mailchimp.json $.description</extracomment>
        <translation>E-Mail-Marketing-Kampagnen, Zielgruppen und Automatisierungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2384"/>
        <source>A Mailchimp API key gives full access to the account, with the permissions of the user who created it. Keep it as safe as a password.</source>
        <extracomment>mailchimp.json $.warnings[0]</extracomment>
        <translation>Ein Mailchimp-API-Schlüssel gibt vollen Zugriff auf das Konto, mit den Berechtigungen des Benutzers, der ihn erstellt hat. Bewahren Sie ihn so sicher auf wie ein Passwort.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2386"/>
        <source>Each user may have at most 10 requests to the Marketing API open at the same time; more are answered 429 until one finishes.</source>
        <extracomment>mailchimp.json $.api.rateLimit.summary</extracomment>
        <translation>Jeder Benutzer darf höchstens 10 Anfragen an die Marketing API gleichzeitig offen haben; weitere werden mit 429 beantwortet, bis eine fertig ist.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2388"/>
        <source>Mailchimp documents that a key ends with a hyphen and the data centre (such as -us6), but not the length or characters before it. Keylink accepts 20 or more letters and digits there.</source>
        <extracomment>mailchimp.json $.unconfirmed[0].guess</extracomment>
        <translation>Mailchimp dokumentiert, dass ein Schlüssel mit einem Bindestrich und dem Rechenzentrum endet (etwa -us6), nicht aber Länge und Zeichen davor. Keylink akzeptiert dort 20 oder mehr Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2390"/>
        <source>Mailchimp documents no rate-limit headers; Keylink reads Retry-After if an answer has one.</source>
        <extracomment>mailchimp.json $.unconfirmed[1].guess</extracomment>
        <translation>Mailchimp dokumentiert keine Header zu Ratenlimits; Keylink liest Retry-After, wenn eine Antwort ihn enthält.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2392"/>
        <source>API key</source>
        <extracomment>mailchimp.json $.authMethods[0].label</extracomment>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2394"/>
        <source>A Marketing API key from your Mailchimp profile. Its ending names the data centre Keylink talks to.</source>
        <extracomment>mailchimp.json $.authMethods[0].description</extracomment>
        <translation>Ein Marketing-API-Schlüssel aus Ihrem Mailchimp-Profil. Sein Ende nennt das Rechenzentrum, mit dem Keylink spricht.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2396"/>
        <source>You need Manager access or higher in the Mailchimp account to create an API key.</source>
        <extracomment>mailchimp.json $.authMethods[0].warnings[0]</extracomment>
        <translation>Sie brauchen im Mailchimp-Konto mindestens Manager-Zugriff, um einen API-Schlüssel zu erstellen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2398"/>
        <source>A Mailchimp API key ends with a hyphen and its data centre, such as -us6.</source>
        <extracomment>mailchimp.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Mailchimp-API-Schlüssel endet mit einem Bindestrich und seinem Rechenzentrum, etwa -us6.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2400"/>
        <source>Shown once, right after you generate it under Extras &gt; API keys.</source>
        <extracomment>mailchimp.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Wird einmal angezeigt, direkt nachdem Sie ihn unter Extras &gt; API keys erzeugt haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2402"/>
        <source>Create the Mailchimp API key</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.title</extracomment>
        <translation>Den Mailchimp-API-Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2404"/>
        <source>Generate an API key</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Einen API-Schlüssel erzeugen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2406"/>
        <source>Marketing API keys are made in your Mailchimp profile. Mailchimp shows the full key only once.</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Marketing-API-Schlüssel werden in Ihrem Mailchimp-Profil erstellt. Mailchimp zeigt den vollständigen Schlüssel nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2408"/>
        <source>Open your API keys</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Ihre API-Schlüssel öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2410"/>
        <source>Sign in to Mailchimp, click your profile icon and choose **Profile**, then open **Extras** &gt; **API keys**.</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei Mailchimp an, klicken Sie auf Ihr Profilsymbol und wählen Sie **Profile**; öffnen Sie dann **Extras** &gt; **API keys**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2412"/>
        <source>Open API keys</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>API-Schlüssel öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2414"/>
        <source>Create the key</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Den Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2416"/>
        <source>Under **Your API keys**, click **Create A Key**.</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Klicken Sie unter **Your API keys** auf **Create A Key**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2418"/>
        <source>Give the key a name you will recognise later, such as &quot;Keylink&quot;: the list only shows the name and the first few characters.</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Geben Sie dem Schlüssel einen Namen, den Sie später wiedererkennen, etwa „Keylink“: Die Liste zeigt nur den Namen und die ersten Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2420"/>
        <source>Click **Generate Key**.</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>Klicken Sie auf **Generate Key**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2422"/>
        <source>Copy the key</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.sections[0].steps[2].title</extracomment>
        <translation>Den Schlüssel kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2424"/>
        <source>Click **Copy Key to Clipboard**, paste the key into Keylink, then click **Done**.</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Klicken Sie auf **Copy Key to Clipboard**, fügen Sie den Schlüssel in Keylink ein und klicken Sie dann auf **Done**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2426"/>
        <source>Copy the whole key, including the ending such as -us6: it tells Keylink which data centre holds your account.</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.sections[0].steps[2].items[0]</extracomment>
        <translation>Kopieren Sie den ganzen Schlüssel samt Ende wie -us6: Es sagt Keylink, in welchem Rechenzentrum Ihr Konto liegt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2428"/>
        <source>Mailchimp cannot show the key again. If you lose it, revoke it and generate a new one.</source>
        <extracomment>mailchimp.json $.authMethods[0].guide.sections[0].steps[2].items[1]</extracomment>
        <translation>Mailchimp kann den Schlüssel nicht noch einmal anzeigen. Wenn Sie ihn verlieren, widerrufen Sie ihn und erzeugen Sie einen neuen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2430"/>
        <source>Notes, wikis and databases in one workspace</source>
        <extracomment>notion.json $.description</extracomment>
        <translation>Notizen, Wikis und Datenbanken in einem Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2432"/>
        <source>Only workspace owners can create internal integrations.</source>
        <extracomment>notion.json $.warnings[0]</extracomment>
        <translation>Nur Inhaber des Arbeitsbereichs können interne Integrationen erstellen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2434"/>
        <source>An average of three requests a second per integration, with some bursts allowed. A limited request gets HTTP 429 with Retry-After in seconds.</source>
        <extracomment>notion.json $.api.rateLimit.summary</extracomment>
        <translation>Im Mittel drei Anfragen pro Sekunde je Integration, kurze Spitzen sind erlaubt. Eine begrenzte Anfrage erhält HTTP 429 mit Retry-After in Sekunden.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2436"/>
        <source>Notion names its capabilities only by their labels (Read content, Insert comments and so on) and reports none of them through the API; the scope ids here are Keylink&apos;s own.</source>
        <extracomment>notion.json $.unconfirmed[0].guess</extracomment>
        <translation>Notion benennt seine Fähigkeiten nur mit ihren Bezeichnungen (Read content, Insert comments usw.) und meldet keine davon über die API; die Berechtigungs-IDs hier sind Keylinks eigene.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2438"/>
        <source>Listing users (GET /v1/users) is expected to be refused without a user information capability, so Keylink uses it to check that capability.</source>
        <extracomment>notion.json $.unconfirmed[1].guess</extracomment>
        <translation>Das Auflisten von Benutzern (GET /v1/users) wird ohne eine Fähigkeit für Benutzerinformationen voraussichtlich abgelehnt, daher prüft Keylink damit diese Fähigkeit.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2440"/>
        <source>Notion does not document the secret&apos;s format. New secrets appear to start with ntn_ and older ones with secret_; Keylink accepts any 20 or more letters, digits and _.</source>
        <extracomment>notion.json $.unconfirmed[2].guess</extracomment>
        <translation>Notion dokumentiert das Format des Geheimnisses nicht. Neue Geheimnisse scheinen mit ntn_ zu beginnen, ältere mit secret_; Keylink akzeptiert beliebige 20 oder mehr Buchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2442"/>
        <source>Internal integration secret</source>
        <extracomment>notion.json $.authMethods[0].label</extracomment>
        <translation>Geheimnis einer internen Integration</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2444"/>
        <source>The secret of an internal integration (also called a connection) you create for one Notion workspace. It reaches only the pages shared with it.</source>
        <extracomment>notion.json $.authMethods[0].description</extracomment>
        <translation>Das Geheimnis einer internen Integration (auch Verbindung genannt), die Sie für einen Notion-Arbeitsbereich erstellen. Es erreicht nur die Seiten, die mit ihr geteilt sind.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2446"/>
        <source>Internal Integration Secret</source>
        <extracomment>notion.json $.authMethods[0].fields[0].label</extracomment>
        <translation>Geheimnis der internen Integration</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2448"/>
        <source>A Notion integration secret is one word of at least 20 letters, digits and _, such as ntn_….</source>
        <extracomment>notion.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Notion-Integrationsgeheimnis ist ein Wort aus mindestens 20 Buchstaben, Ziffern und _, etwa ntn_….</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2450"/>
        <source>On the integration&apos;s configuration page, under **Internal Integration Secret**: click **Show**, then **Copy**.</source>
        <extracomment>notion.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Auf der Konfigurationsseite der Integration unter **Internal Integration Secret**: Klicken Sie auf **Show** und dann auf **Copy**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2452"/>
        <source>Read content: pages, databases and blocks shared with the integration (Notion&apos;s **Read content** capability)</source>
        <extracomment>notion.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Inhalte lesen: Seiten, Datenbanken und Blöcke, die mit der Integration geteilt sind (Notions Fähigkeit **Read content**)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2454"/>
        <source>Update content: change existing pages, databases and blocks (**Update content**)</source>
        <extracomment>notion.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Inhalte aktualisieren: vorhandene Seiten, Datenbanken und Blöcke ändern (**Update content**)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2456"/>
        <source>Insert content: create pages, databases and blocks (**Insert content**)</source>
        <extracomment>notion.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Inhalte einfügen: Seiten, Datenbanken und Blöcke erstellen (**Insert content**)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2458"/>
        <source>Read comments on pages and blocks (**Read comments**)</source>
        <extracomment>notion.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Kommentare zu Seiten und Blöcken lesen (**Read comments**)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2460"/>
        <source>Add comments to pages and discussions (**Insert comments**)</source>
        <extracomment>notion.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Kommentare zu Seiten und Diskussionen hinzufügen (**Insert comments**)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2462"/>
        <source>Users</source>
        <extracomment>notion.json $.authMethods[0].scopes[5].group</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2464"/>
        <source>Read people&apos;s names and pictures, without email addresses (**Read user information without email addresses**)</source>
        <extracomment>notion.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Namen und Bilder von Personen lesen, ohne E-Mail-Adressen (**Read user information without email addresses**)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2466"/>
        <source>Read people&apos;s names, pictures and email addresses (**Read user information including email addresses**)</source>
        <extracomment>notion.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Namen, Bilder und E-Mail-Adressen von Personen lesen (**Read user information including email addresses**)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2468"/>
        <source>Search Pages and Databases</source>
        <extracomment>notion.json $.authMethods[0].actions[0].label</extracomment>
        <translation>Seiten und Datenbanken durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2470"/>
        <source>Get Page</source>
        <extracomment>notion.json $.authMethods[0].actions[1].label</extracomment>
        <translation>Seite abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2472"/>
        <source>Get Page Content</source>
        <extracomment>notion.json $.authMethods[0].actions[2].label</extracomment>
        <translation>Seiteninhalt abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2474"/>
        <source>Query Database</source>
        <extracomment>notion.json $.authMethods[0].actions[3].label</extracomment>
        <translation>Datenbank abfragen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2476"/>
        <source>Create Page</source>
        <extracomment>notion.json $.authMethods[0].actions[4].label</extracomment>
        <translation>Seite erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2478"/>
        <source>Add Database Entry</source>
        <extracomment>notion.json $.authMethods[0].actions[5].label</extracomment>
        <translation>Datenbankeintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2480"/>
        <source>Append Blocks</source>
        <extracomment>notion.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Blöcke anhängen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2482"/>
        <source>Update Page</source>
        <extracomment>notion.json $.authMethods[0].actions[7].label</extracomment>
        <translation>Seite aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2484"/>
        <source>Archive Page</source>
        <extracomment>notion.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Seite archivieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2486"/>
        <source>Create Database</source>
        <extracomment>notion.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Datenbank erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2488"/>
        <source>Create the Notion integration secret</source>
        <extracomment>notion.json $.authMethods[0].guide.title</extracomment>
        <translation>Das Notion-Integrationsgeheimnis erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2490"/>
        <source>Create an internal integration</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Eine interne Integration erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2492"/>
        <source>An internal integration belongs to one workspace and has its own secret. Notion is renaming integrations to connections, so your screen may say **connection** instead.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Eine interne Integration gehört zu einem Arbeitsbereich und hat ihr eigenes Geheimnis. Notion benennt Integrationen in Verbindungen um, Ihr Bildschirm zeigt daher vielleicht **connection**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2494"/>
        <source>Open your integrations</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Ihre Integrationen öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2496"/>
        <source>Sign in to Notion as a workspace owner and open your integrations.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich als Inhaber des Arbeitsbereichs bei Notion an und öffnen Sie Ihre Integrationen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2498"/>
        <source>Open Notion integrations</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Notion-Integrationen öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2500"/>
        <source>In the Notion app, you get there from **Settings** &gt; **Connections**, then the link to develop your own connections at the bottom.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>In der Notion-App gelangen Sie über **Settings** &gt; **Connections** dorthin und dann über den Link ganz unten, um eigene Verbindungen zu entwickeln.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2502"/>
        <source>Create the integration</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Die Integration erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2504"/>
        <source>Click **New integration**.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Klicken Sie auf **New integration**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2506"/>
        <source>Type a **Name** you will recognise, such as &quot;Keylink&quot;.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Geben Sie unter **Name** einen Namen ein, den Sie wiedererkennen, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2508"/>
        <source>Under **Associated workspace**, choose the workspace to use.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>Wählen Sie unter **Associated workspace** den zu verwendenden Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2510"/>
        <source>Keep the type **Internal**, then click **Save**.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[0].steps[1].items[2]</extracomment>
        <translation>Behalten Sie den Typ **Internal** bei und klicken Sie dann auf **Save**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2512"/>
        <source>Choose the capabilities</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Die Fähigkeiten wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2514"/>
        <source>Capabilities decide what the integration may do with the pages it can reach.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[1].intro</extracomment>
        <translation>Die Fähigkeiten legen fest, was die Integration mit den Seiten tun darf, die sie erreicht.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2516"/>
        <source>Switch on the capabilities</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Die Fähigkeiten einschalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2518"/>
        <source>Open the integration&apos;s settings. Under **Capabilities**, switch on each capability listed here, then click **Save changes**.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Öffnen Sie die Einstellungen der Integration. Schalten Sie unter **Capabilities** jede hier aufgeführte Fähigkeit ein und klicken Sie dann auf **Save changes**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2520"/>
        <source>Copy the secret</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[2].title</extracomment>
        <translation>Das Geheimnis kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2522"/>
        <source>Copy the Internal Integration Secret</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[2].steps[0].title</extracomment>
        <translation>Das Geheimnis der internen Integration kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2524"/>
        <source>On the integration&apos;s configuration page, under **Internal Integration Secret**, click **Show**, then **Copy**.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[2].steps[0].text</extracomment>
        <translation>Klicken Sie auf der Konfigurationsseite der Integration unter **Internal Integration Secret** auf **Show** und dann auf **Copy**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2526"/>
        <source>Share pages with the integration</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[3].title</extracomment>
        <translation>Seiten mit der Integration teilen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2528"/>
        <source>The integration sees nothing until you share pages with it. Sharing a page also shares the pages inside it.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[3].intro</extracomment>
        <translation>Die Integration sieht nichts, bis Sie Seiten mit ihr teilen. Wer eine Seite teilt, teilt auch die Seiten darin.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2530"/>
        <source>Add the integration to a page</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[3].steps[0].title</extracomment>
        <translation>Die Integration zu einer Seite hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2532"/>
        <source>Open a page or database the integration should reach.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[3].steps[0].text</extracomment>
        <translation>Öffnen Sie eine Seite oder Datenbank, die die Integration erreichen soll.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2534"/>
        <source>At the top right, click **•••**.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[3].steps[0].items[0]</extracomment>
        <translation>Klicken Sie oben rechts auf **•••**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2536"/>
        <source>Choose **Connections** (or **Add connections**) and pick your integration.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[3].steps[0].items[1]</extracomment>
        <translation>Wählen Sie **Connections** (oder **Add connections**) und dann Ihre Integration.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2538"/>
        <source>Confirm, then repeat for each top-level page or database.</source>
        <extracomment>notion.json $.authMethods[0].guide.sections[3].steps[0].items[2]</extracomment>
        <translation>Bestätigen Sie und wiederholen Sie das für jede Seite oder Datenbank der obersten Ebene.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2556"/>
        <source>An active user of the same Oneflow account; requests run with that user&apos;s permissions.</source>
        <extracomment>oneflow.json $.authMethods[0].fields[1].hint</extracomment>
        <translation>Ein aktiver Benutzer desselben Oneflow-Kontos; Anfragen laufen mit den Berechtigungen dieses Benutzers.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2558"/>
        <source>Create the Oneflow API token</source>
        <extracomment>oneflow.json $.authMethods[0].guide.title</extracomment>
        <translation>Den Oneflow-API-Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2560"/>
        <source>Enable the Custom Integration</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Die Custom Integration aktivieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2562"/>
        <source>Oneflow hands out API tokens through its Custom Integration, so switch it on for your account first.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Oneflow gibt API-Tokens über seine Custom Integration aus; schalten Sie sie also zuerst für Ihr Konto ein.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2564"/>
        <source>Find the Custom Integration</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Die Custom Integration finden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2566"/>
        <source>Sign in to your Oneflow account.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei Ihrem Oneflow-Konto an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2568"/>
        <source>Sign in to Oneflow</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Bei Oneflow anmelden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2570"/>
        <source>In the left sidebar, open **Marketplace**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Öffnen Sie in der linken Seitenleiste **Marketplace**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2572"/>
        <source>Scroll down to the **Workflow** section.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Scrollen Sie nach unten zum Abschnitt **Workflow**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2574"/>
        <source>On the right, click **Custom Integration**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].items[2]</extracomment>
        <translation>Klicken Sie rechts auf **Custom Integration**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2576"/>
        <source>Switch it on</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2578"/>
        <source>Turn the Custom Integration on for your account.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Schalten Sie die Custom Integration für Ihr Konto ein.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2580"/>
        <source>Click **Enable**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Klicken Sie auf **Enable**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2582"/>
        <source>Generate the API token</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Das API-Token erzeugen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2584"/>
        <source>Tokens are made inside the Custom Integration. Oneflow shows a new token only once.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].intro</extracomment>
        <translation>Tokens werden in der Custom Integration erzeugt. Oneflow zeigt ein neues Token nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="958"/>
        <source>Open the API tokens</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Die API-Tokens öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2586"/>
        <source>In the left sidebar, go to **Admin** &gt; **Integrations** and open **Custom Integration**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Gehen Sie in der linken Seitenleiste zu **Admin** &gt; **Integrations** und öffnen Sie **Custom Integration**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2588"/>
        <source>Switch to the **API Tokens** tab.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[0].items[0]</extracomment>
        <translation>Wechseln Sie zum Tab **API Tokens**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="960"/>
        <source>Generate a token</source>
        <extracomment>digitalocean.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Ein Token erzeugen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2590"/>
        <source>Make a token for Keylink.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].text</extracomment>
        <translation>Erzeugen Sie ein Token für Keylink.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2592"/>
        <source>Click **Generate a new token**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].items[0]</extracomment>
        <translation>Klicken Sie auf **Generate a new token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2594"/>
        <source>Type a name for it; a name is required (for example &quot;Keylink&quot;).</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].items[1]</extracomment>
        <translation>Geben Sie einen Namen ein; ein Name ist Pflicht (zum Beispiel „Keylink“).</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2596"/>
        <source>Click **Confirm**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].items[2]</extracomment>
        <translation>Klicken Sie auf **Confirm**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="192"/>
        <source>Copy the token</source>
        <extracomment>asana.json $.authMethods[0].guide.sections[0].steps[2].title</extracomment>
        <translation>Das Token kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2598"/>
        <source>Oneflow now shows the token, once.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[2].text</extracomment>
        <translation>Oneflow zeigt das Token jetzt an, ein einziges Mal.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2600"/>
        <source>It is 40 characters long: letters, digits and hyphens.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[2].items[0]</extracomment>
        <translation>Es ist 40 Zeichen lang: Buchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2602"/>
        <source>Copy it now and keep it somewhere safe until you paste it into Keylink.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[2].items[1]</extracomment>
        <translation>Kopieren Sie es jetzt und bewahren Sie es sicher auf, bis Sie es in Keylink einfügen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2604"/>
        <source>Choose the user email</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].title</extracomment>
        <translation>Die Benutzer-E-Mail wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2606"/>
        <source>Every request Keylink makes runs as one Oneflow user, named by email address.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].intro</extracomment>
        <translation>Jede Anfrage von Keylink läuft als ein Oneflow-Benutzer, benannt durch seine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2608"/>
        <source>Pick the user</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].steps[0].title</extracomment>
        <translation>Den Benutzer wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2610"/>
        <source>Usually this is the address you sign in to Oneflow with.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].steps[0].text</extracomment>
        <translation>Meist ist das die Adresse, mit der Sie sich bei Oneflow anmelden.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2612"/>
        <source>Any other user works too, as long as the user is active in the same Oneflow account.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].steps[0].items[0]</extracomment>
        <translation>Jeder andere Benutzer geht auch, solange er im selben Oneflow-Konto aktiv ist.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="2614"/>
        <source>That user&apos;s permissions decide which contracts and workspaces Keylink can reach.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].steps[0].items[1]</extracomment>
        <translation>Die Berechtigungen dieses Benutzers bestimmen, welche Verträge und Arbeitsbereiche Keylink erreichen kann.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../ui/ConnectPage.ui" line="6"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="9"/>
        <source>Keylink checks the credentials with the provider before it saves anything.</source>
        <translation>Keylink prüft die Zugangsdaten beim Anbieter, bevor es etwas speichert.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="16"/>
        <source>What will be checked</source>
        <translation>Was geprüft wird</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="21"/>
        <source>How to get the token</source>
        <translation>So erhalten Sie das Token</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="26"/>
        <source>Opens the provider’s sign-in page in your browser; Keylink receives the answer on this computer</source>
        <translation>Öffnet die Anmeldeseite des Anbieters im Browser; Keylink empfängt die Antwort auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="28"/>
        <source>Sign in with the provider in your browser (authorization code)</source>
        <translation>Im Browser beim Anbieter anmelden (Autorisierungscode)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="35"/>
        <source>Keylink asks the provider for a token with the application’s client ID and secret, without a browser</source>
        <translation>Keylink fordert mit Client-ID und Secret der Anwendung ein Token an, ohne Browser</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="37"/>
        <source>Use the application&apos;s own client credentials</source>
        <translation>Die eigenen Client-Zugangsdaten der Anwendung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="60"/>
        <source>Time taken so far</source>
        <translation>Bisherige Dauer</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="66"/>
        <source>Stop the check that is running; nothing is saved</source>
        <translation>Die laufende Prüfung abbrechen; nichts wird gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="76"/>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="117"/>
        <source>What to do next</source>
        <translation>Was als Nächstes zu tun ist</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="127"/>
        <source>The provider’s own words about the failure and its request id, for support</source>
        <translation>Die Worte des Anbieters zum Fehler und seine Anfrage-ID, für den Support</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="65"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="55"/>
        <source>Step in progress</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="92"/>
        <location filename="../ui/ConnectPage.ui" line="102"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="110"/>
        <source>What went wrong</source>
        <translation>Was schiefgelaufen ist</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="125"/>
        <source>Details from the provider</source>
        <translation>Details vom Anbieter</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../ui/DonePage.ui" line="6"/>
        <source>Account linked</source>
        <translation>Konto verknüpft</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="9"/>
        <source>Keylink saved the account; its secret is in your system keychain.</source>
        <translation>Keylink hat das Konto gespeichert; sein Geheimnis liegt im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="31"/>
        <source>Linked account</source>
        <translation>Verknüpftes Konto</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="38"/>
        <source>Identity:</source>
        <translation>Identität:</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="46"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="51"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="58"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="63"/>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="70"/>
        <source>Account label</source>
        <translation>Kontobezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="75"/>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="83"/>
        <source>Notes from the check</source>
        <translation>Hinweise aus der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="99"/>
        <source>Permissions in short</source>
        <translation>Berechtigungen im Überblick</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="116"/>
        <source>How to add the missing permissions</source>
        <translation>So fügen Sie die fehlenden Berechtigungen hinzu</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="126"/>
        <source>Shows or hides each scope you chose with its result and the reason</source>
        <translation>Zeigt oder verbirgt jede gewählte Berechtigung mit ihrem Ergebnis und dem Grund</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="133"/>
        <source>Each scope you chose and whether the token has it</source>
        <translation>Jeder gewählte Scope und ob das Token ihn hat</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="94"/>
        <location filename="../ui/DonePage.ui" line="137"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="138"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="21"/>
        <location filename="../ui/DonePage.ui" line="139"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="140"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../ui/FieldsPage.ui" line="6"/>
        <source>Enter the credentials</source>
        <translation>Zugangsdaten eingeben</translation>
    </message>
    <message>
        <location filename="../ui/FieldsPage.ui" line="9"/>
        <source>Paste what the provider gave you. Secrets go only to your system keychain.</source>
        <translation>Fügen Sie ein, was der Anbieter Ihnen gegeben hat. Geheimnisse landen nur im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <location filename="../ui/FieldsPage.ui" line="20"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/FieldsPage.ui" line="27"/>
        <source>Account &amp;label (optional):</source>
        <translation>Konto&amp;bezeichnung (optional):</translation>
    </message>
    <message>
        <location filename="../ui/FieldsPage.ui" line="37"/>
        <source>Optional. The name the account shows in Keylink’s list</source>
        <translation>Optional. Der Name, unter dem das Konto in Keylinks Liste erscheint</translation>
    </message>
    <message>
        <location filename="../ui/FieldsPage.ui" line="40"/>
        <source>A name you will recognise, such as “Support inbox”</source>
        <translation>Ein Name, den Sie wiedererkennen, etwa „Support-Postfach“</translation>
    </message>
    <message>
        <location filename="../ui/FieldsPage.ui" line="43"/>
        <source>Account label</source>
        <translation>Kontobezeichnung</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../ui/GuidePage.ui" line="6"/>
        <source>Create the token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <location filename="../ui/GuidePage.ui" line="9"/>
        <source>Follow these steps in the provider&apos;s dashboard. Links open in your browser.</source>
        <translation>Folgen Sie diesen Schritten im Dashboard des Anbieters. Links öffnen sich im Browser.</translation>
    </message>
    <message>
        <location filename="../ui/GuidePage.ui" line="18"/>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../ui/GuidePage.ui" line="21"/>
        <source>The provider&apos;s steps to create a token; copy links put a scope on the clipboard</source>
        <translation>Die Schritte des Anbieters zum Erstellen eines Tokens; Kopier-Links legen einen Scope in die Zwischenablage</translation>
    </message>
    <message>
        <location filename="../ui/GuidePage.ui" line="28"/>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="197"/>
        <source>Linked accounts</source>
        <translation>Verknüpfte Konten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="57"/>
        <source>Provider file problems</source>
        <translation>Probleme mit Anbieterdateien</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="98"/>
        <source>&lt;h2&gt;No linked accounts yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch keine verknüpften Konten&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="105"/>
        <source>Keylink walks you through each provider&apos;s own guide to create an API token with the permissions you need, checks it against the provider&apos;s API, and keeps it in your system keychain — never in a file.</source>
        <translation>Keylink führt Sie durch die Anleitung jedes Anbieters, um ein API-Token mit den nötigen Berechtigungen zu erstellen, prüft es über die API des Anbieters und bewahrt es im Schlüsselbund Ihres Systems auf – nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="117"/>
        <location filename="../ui/MainWindow.ui" line="293"/>
        <source>&amp;Link an account…</source>
        <translation>Konto &amp;verknüpfen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="120"/>
        <source>Open the linking wizard</source>
        <translation>Den Verknüpfungsassistenten öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="140"/>
        <source>&lt;b&gt;Providers you can link&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anbieter, die Sie verknüpfen können&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="147"/>
        <source>The providers Keylink has a guide for</source>
        <translation>Die Anbieter, für die Keylink eine Anleitung hat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="185"/>
        <source>Shows only the accounts whose provider, label, identity or environment contain the text</source>
        <translation>Zeigt nur die Konten, deren Anbieter, Bezeichnung, Identität oder Umgebung den Text enthält</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="187"/>
        <source>Filter accounts (Ctrl+F)</source>
        <translation>Konten filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="189"/>
        <source>Filter accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="195"/>
        <source>Your linked accounts with their status; the context menu has verify, relink, rename and unlink</source>
        <translation>Ihre verknüpften Konten mit ihrem Status; das Kontextmenü bietet Prüfen, Neu verknüpfen, Umbenennen und Trennen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="226"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="234"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="241"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="257"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="269"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="301"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="309"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="317"/>
        <source>Verify &amp;all</source>
        <translation>&amp;Alle prüfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="325"/>
        <source>&amp;Relink…</source>
        <translation>&amp;Neu verknüpfen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="330"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="338"/>
        <source>Make &amp;default</source>
        <translation>Als &amp;Standard verwenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="341"/>
        <source>Use this account where a command names its provider instead of an account</source>
        <translation>Dieses Konto verwenden, wo ein Befehl statt eines Kontos seinen Anbieter nennt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="346"/>
        <source>Set &amp;end date…</source>
        <translation>&amp;Ablaufdatum festlegen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="349"/>
        <source>Enter the day the account&apos;s token stops working, for reminders before</source>
        <translation>Den Tag eingeben, an dem das Token des Kontos aufhört zu funktionieren, um vorher erinnert zu werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="360"/>
        <source>Sort by &amp;name</source>
        <translation>Nach &amp;Name sortieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="368"/>
        <source>Sort by &amp;expiry, soonest first</source>
        <translation>Nach &amp;Ablauf sortieren, nächster zuerst</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="373"/>
        <source>&amp;Copy account id</source>
        <translation>Konto-ID &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="381"/>
        <source>Open provider’s &amp;dashboard</source>
        <translation>&amp;Dashboard des Anbieters öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="386"/>
        <source>&amp;Unlink…</source>
        <translation>&amp;Trennen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="394"/>
        <source>&amp;Filter accounts</source>
        <translation>Konten &amp;filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="402"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="413"/>
        <source>&amp;About Keylink</source>
        <translation>&amp;Über Keylink</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <location filename="../ui/ProviderPage.ui" line="6"/>
        <source>Choose a provider</source>
        <translation>Anbieter wählen</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="9"/>
        <source>Pick the service to link, and how to sign in to it.</source>
        <translation>Wählen Sie den Dienst, den Sie verknüpfen möchten, und wie Sie sich dort anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="15"/>
        <source>Shows only the providers whose name or description contain the text</source>
        <translation>Zeigt nur die Anbieter, deren Name oder Beschreibung den Text enthält</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="18"/>
        <source>Search providers…</source>
        <translation>Anbieter suchen …</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="24"/>
        <source>Search providers</source>
        <translation>Anbieter suchen</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="31"/>
        <source>Pick the service whose account you want to link</source>
        <translation>Wählen Sie den Dienst, dessen Konto Sie verknüpfen möchten</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="43"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="50"/>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="67"/>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <location filename="../ui/ScopesPage.ui" line="6"/>
        <source>Choose what you need</source>
        <translation>Wählen Sie, was Sie brauchen</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="9"/>
        <source>Pick the actions you want; the scopes follow, and the guide adapts.</source>
        <translation>Wählen Sie die gewünschten Aktionen; die Scopes folgen, und die Anleitung passt sich an.</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="25"/>
        <source>Shows only the actions whose name or scopes contain the text</source>
        <translation>Zeigt nur die Aktionen, deren Name oder Scopes den Text enthalten</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="27"/>
        <source>Search actions…</source>
        <translation>Aktionen suchen …</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="29"/>
        <source>Search actions</source>
        <translation>Aktionen suchen</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="34"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="35"/>
        <source>Select every action the search shows</source>
        <translation>Jede Aktion auswählen, die die Suche zeigt</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="40"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="41"/>
        <source>Unselect every action</source>
        <translation>Alle Aktionen abwählen</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="49"/>
        <source>Tick the actions you want to use; the scopes they need are selected for you</source>
        <translation>Haken Sie die Aktionen an, die Sie nutzen möchten; die nötigen Scopes werden für Sie ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="51"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="60"/>
        <source>No actions match your search.</source>
        <translation>Keine Aktion passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="74"/>
        <source>Tick the scopes the token needs, grouped by API family and resource</source>
        <translation>Haken Sie die Scopes an, die das Token braucht, gruppiert nach API-Familie und Ressource</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="76"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="78"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="79"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="87"/>
        <source>Scope families cannot be mixed</source>
        <translation>Scope-Familien können nicht gemischt werden</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="96"/>
        <location filename="../ui/ScopesPage.ui" line="105"/>
        <source>Scopes selected</source>
        <translation>Ausgewählte Scopes</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="101"/>
        <source>The scopes of your selection, separated as chosen below, ready to copy</source>
        <translation>Die Scopes Ihrer Auswahl, getrennt wie unten gewählt, bereit zum Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="110"/>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="111"/>
        <source>How the copied scopes are separated</source>
        <translation>Wie die kopierten Scopes getrennt werden</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="117"/>
        <source>Puts the selected scopes on the clipboard</source>
        <translation>Legt die ausgewählten Scopes in die Zwischenablage</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="119"/>
        <source>Copy &amp;scopes</source>
        <translation>&amp;Scopes kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="124"/>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="125"/>
        <source>Copy a keylink:// link that opens this selection</source>
        <translation>Einen keylink://-Link kopieren, der diese Auswahl öffnet</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="131"/>
        <source>A keylink:// link that opens the wizard with this selection</source>
        <translation>Ein keylink://-Link, der den Assistenten mit dieser Auswahl öffnet</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="134"/>
        <source>Link to this selection</source>
        <translation>Link zu dieser Auswahl</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="14"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="20"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="26"/>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="43"/>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="46"/>
        <source>How long Keylink waits for a provider to answer before it gives up</source>
        <translation>Wie lange Keylink auf die Antwort eines Anbieters wartet, bevor es aufgibt</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="53"/>
        <source>How long Keylink waits for a provider to answer before it reports that it could not check.</source>
        <translation>Wie lange Keylink auf die Antwort eines Anbieters wartet, bevor es meldet, dass es nicht prüfen konnte.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="66"/>
        <source>Background checks</source>
        <translation>Prüfungen im Hintergrund</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="72"/>
        <source>C&amp;heck accounts:</source>
        <translation>Konten &amp;prüfen:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="88"/>
        <source>How often to check accounts in the background</source>
        <translation>Wie oft die Konten im Hintergrund geprüft werden</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="91"/>
        <source>Never, every hour, every 6 hours or every day, while Keylink runs</source>
        <translation>Nie, jede Stunde, alle 6 Stunden oder jeden Tag, solange Keylink läuft</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="98"/>
        <source>While Keylink runs, also in the tray. You get a notification when a provider refuses a credential, a permission is lost or an end date nears; an outage only after a day.</source>
        <translation>Solange Keylink läuft, auch im Systembereich. Sie werden benachrichtigt, wenn ein Anbieter Zugangsdaten ablehnt, eine Berechtigung verloren geht oder ein Ablaufdatum naht; bei einem Ausfall erst nach einem Tag.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="111"/>
        <source>Start-up</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="117"/>
        <source>&amp;Verify all accounts when Keylink starts</source>
        <translation>Alle Konten beim Start von Keylink &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="120"/>
        <source>Checks every linked account with its provider each time the window opens</source>
        <translation>Prüft jedes verknüpfte Konto bei seinem Anbieter, wann immer das Fenster öffnet</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="127"/>
        <source>Start Keylink in the tray when I &amp;log in</source>
        <translation>Keylink beim &amp;Anmelden im Systembereich starten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="130"/>
        <source>Adds Keylink to your desktop&apos;s autostart programs, hidden in the tray, so the background checks run</source>
        <translation>Fügt Keylink den Autostart-Programmen Ihrer Arbeitsumgebung hinzu, verborgen im Systembereich, damit die Prüfungen im Hintergrund laufen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="140"/>
        <location filename="../ui/SettingsDialog.ui" line="185"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="146"/>
        <source>Keylink uses your system&apos;s proxy settings; on Linux these are the https_proxy, http_proxy and no_proxy environment variables. Change them there. In use now:</source>
        <translation>Keylink verwendet die Proxy-Einstellungen Ihres Systems; unter Linux sind das die Umgebungsvariablen https_proxy, http_proxy und no_proxy. Ändern Sie sie dort. Derzeit verwendet:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="162"/>
        <source>Proxy in use per provider</source>
        <translation>Verwendeter Proxy je Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="165"/>
        <source>For each provider address, the proxy your system configuration gives Keylink</source>
        <translation>Für jede Anbieteradresse der Proxy, den Ihre Systemkonfiguration Keylink vorgibt</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="175"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="180"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>keylink::AboutBox</name>
    <message>
        <location filename="../src/gui/widgets/AboutBox.cpp" line="17"/>
        <source>About Keylink</source>
        <translation>Über Keylink</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/AboutBox.cpp" line="38"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/AboutBox.cpp" line="49"/>
        <source>Links your business tools by following each provider&apos;s own guide, and checks each token with the provider before keeping it.</source>
        <translation>Verknüpft Ihre Geschäftswerkzeuge nach der Anleitung jedes Anbieters und prüft jeden Token beim Anbieter, bevor es ihn aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/AboutBox.cpp" line="51"/>
        <source>Secrets stay in your system keychain, never in a file.</source>
        <translation>Geheimnisse bleiben im Schlüsselbund Ihres Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/AboutBox.cpp" line="59"/>
        <source>Built with Qt %1</source>
        <translation>Erstellt mit Qt %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/AboutBox.cpp" line="66"/>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
</context>
<context>
    <name>keylink::AccessLog</name>
    <message>
        <location filename="../src/engine/store/AccessLog.cpp" line="66"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccessLog.cpp" line="82"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccessLog.cpp" line="86"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>keylink::Account</name>
    <message>
        <location filename="../src/engine/store/Account.cpp" line="120"/>
        <source>an account without id, provider or method</source>
        <translation>ein Konto ohne ID, Anbieter oder Methode</translation>
    </message>
</context>
<context>
    <name>keylink::AccountChecker</name>
    <message>
        <location filename="../src/engine/link/AccountChecker.cpp" line="76"/>
        <source>Account %1 is not linked.</source>
        <translation>Konto %1 ist nicht verknüpft.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/AccountChecker.cpp" line="89"/>
        <source>Provider “%1” or its method “%2” is no longer in the catalog.</source>
        <translation>Anbieter „%1“ oder seine Methode „%2“ ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/AccountChecker.cpp" line="102"/>
        <source>The keychain holds no secret for this account; relink it.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für dieses Konto; verknüpfen Sie es neu.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/AccountChecker.cpp" line="172"/>
        <source>The account was unlinked while it was being checked.</source>
        <translation>Das Konto wurde getrennt, während es geprüft wurde.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/AccountChecker.cpp" line="176"/>
        <source>The account was relinked while it was being checked; check it again.</source>
        <translation>Das Konto wurde während der Prüfung neu verknüpft; prüfen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>keylink::AccountDelegate</name>
    <message>
        <location filename="../src/gui/accounts/AccountDelegate.cpp" line="106"/>
        <source>verified %1</source>
        <translation>geprüft %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDelegate.cpp" line="106"/>
        <source>never verified</source>
        <translation>nie geprüft</translation>
    </message>
</context>
<context>
    <name>keylink::AccountDetailsView</name>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="52"/>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="53"/>
        <source>Everything Keylink knows about the selected account, except its secret</source>
        <translation>Alles, was Keylink über das ausgewählte Konto weiß, außer seinem Geheimnis</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="125"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="125"/>
        <source>Check the account with its provider again</source>
        <translation>Das Konto erneut beim Anbieter prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="128"/>
        <source>Relink…</source>
        <translation>Neu verknüpfen …</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="128"/>
        <source>Enter new credentials for this account, keeping it</source>
        <translation>Neue Zugangsdaten für dieses Konto eingeben; das Konto bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="131"/>
        <source>Open dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="131"/>
        <source>Open the provider&apos;s dashboard in your browser</source>
        <translation>Das Dashboard des Anbieters im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="136"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="146"/>
        <source>The day the token stops working, if it was created with one, for reminders before</source>
        <translation>Der Tag, an dem das Token aufhört zu funktionieren, falls es mit einem Ablaufdatum erstellt wurde, für Erinnerungen vorher</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="154"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="160"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="165"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="166"/>
        <source>Kept in the system keychain, never in a file. Keylink shows it to no one; use Relink to replace it.</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. Keylink zeigt es niemandem; ersetzen Sie es mit „Neu verknüpfen“.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="173"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="178"/>
        <source>Shows the account id and the keychain entry</source>
        <translation>Zeigt die Konto-ID und den Schlüsselbundeintrag</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="200"/>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="311"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="201"/>
        <source>Copy the account id to the clipboard</source>
        <translation>Die Konto-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="205"/>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="208"/>
        <source>Keychain entry</source>
        <translation>Schlüsselbundeintrag</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="212"/>
        <source>service “%1”, named by the account id</source>
        <translation>Dienst „%1“, benannt nach der Konto-ID</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="245"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="245"/>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="246"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="247"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="259"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="260"/>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="261"/>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="263"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="263"/>
        <source>Used where a command names %1 instead of an account</source>
        <translation>Verwendet, wo ein Befehl statt eines Kontos %1 nennt</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="265"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="267"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="270"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="271"/>
        <source>%1, on %2 (%3)</source>
        <translation>%1, am %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="273"/>
        <source>as you entered it</source>
        <translation>wie von Ihnen eingegeben</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="273"/>
        <source>as the provider says</source>
        <translation>laut Anbieter</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="276"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="277"/>
        <source>expires %1; Keylink refreshes it before use</source>
        <translation>läuft %1 ab; Keylink erneuert ihn vor der Verwendung</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="288"/>
        <source>Change the end date…</source>
        <translation>Ablaufdatum ändern …</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="288"/>
        <source>Set an end date…</source>
        <translation>Ablaufdatum festlegen …</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="308"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>keylink::AccountListModel</name>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="154"/>
        <source>Checking…</source>
        <translation>Prüfung läuft …</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="156"/>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="78"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="80"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="82"/>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="84"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="88"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="183"/>
        <source>The credential expired on %1. Create a new one in the provider&apos;s dashboard and relink.</source>
        <translation>Die Zugangsdaten sind am %1 abgelaufen. Erstellen Sie im Dashboard des Anbieters neue und verknüpfen Sie das Konto neu.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="188"/>
        <source>Last successful check: %1.</source>
        <translation>Letzte erfolgreiche Prüfung: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="190"/>
        <source>It has not been checked successfully yet.</source>
        <translation>Es wurde noch nicht erfolgreich geprüft.</translation>
    </message>
</context>
<context>
    <name>keylink::AccountLocks</name>
    <message>
        <location filename="../src/engine/store/AccountLocks.cpp" line="58"/>
        <source>Keylink could not create the folder %1 for its account locks.</source>
        <translation>Keylink konnte den Ordner %1 für seine Kontosperren nicht anlegen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/engine/store/AccountLocks.cpp" line="73"/>
        <source>Another Keylink process has been changing this account for over %n second(s); try again when it has finished.</source>
        <translation>
            <numerusform>Ein anderer Keylink-Prozess ändert dieses Konto seit über %n Sekunde; versuchen Sie es erneut, wenn er fertig ist.</numerusform>
            <numerusform>Ein anderer Keylink-Prozess ändert dieses Konto seit über %n Sekunden; versuchen Sie es erneut, wenn er fertig ist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountLocks.cpp" line="78"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountLocks.cpp" line="79"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountLocks.cpp" line="80"/>
        <source>it cannot be written</source>
        <translation>sie kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountLocks.cpp" line="81"/>
        <source>Keylink could not create its lock file in %1: %2.</source>
        <translation>Keylink konnte seine Sperrdatei in %1 nicht anlegen: %2.</translation>
    </message>
</context>
<context>
    <name>keylink::AccountResolver</name>
    <message>
        <location filename="../src/engine/link/AccountResolver.cpp" line="38"/>
        <source>named on the command line</source>
        <translation>auf der Befehlszeile genannt</translation>
    </message>
    <message>
        <location filename="../src/engine/link/AccountResolver.cpp" line="55"/>
        <source>“%1” is not a %2 account</source>
        <translation>„%1“ ist kein %2-Konto</translation>
    </message>
    <message>
        <location filename="../src/engine/link/AccountResolver.cpp" line="60"/>
        <source>%1 names “%2”, but %3</source>
        <translation>%1 nennt „%2“, aber %3</translation>
    </message>
    <message>
        <location filename="../src/engine/link/AccountResolver.cpp" line="71"/>
        <source>the default %1 account</source>
        <translation>das Standardkonto für %1</translation>
    </message>
    <message>
        <location filename="../src/engine/link/AccountResolver.cpp" line="72"/>
        <source>the first %1 account linked (no default is set)</source>
        <translation>das zuerst verknüpfte %1-Konto (kein Standard festgelegt)</translation>
    </message>
    <message>
        <location filename="../src/engine/link/AccountResolver.cpp" line="74"/>
        <source>no %1 account is linked; keylink link %1 links one</source>
        <translation>kein %1-Konto ist verknüpft; keylink link %1 verknüpft eines</translation>
    </message>
</context>
<context>
    <name>keylink::AccountStore</name>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="84"/>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="103"/>
        <source>it is not a regular file</source>
        <translation>sie ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="174"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="178"/>
        <source>it is read-only (%1)</source>
        <translation>sie ist schreibgeschützt (%1)</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="180"/>
        <source>an input/output error (%1)</source>
        <translation>ein Ein-/Ausgabefehler (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/engine/store/AccountStore.cpp" line="183"/>
        <source>other Keylink processes kept it busy for more than %n second(s)</source>
        <translation>
            <numerusform>andere Keylink-Prozesse haben sie länger als %n Sekunde belegt</numerusform>
            <numerusform>andere Keylink-Prozesse haben sie länger als %n Sekunden belegt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="186"/>
        <source>it is damaged (%1)</source>
        <translation>sie ist beschädigt (%1)</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="188"/>
        <source>it cannot be opened (%1)</source>
        <translation>sie kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="197"/>
        <location filename="../src/engine/store/AccountStore.cpp" line="569"/>
        <source>Could not save to the account database %1: %2.</source>
        <translation>Konnte nicht in die Kontendatenbank %1 speichern: %2.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="203"/>
        <source>Could not read the account database %1: %2.</source>
        <translation>Konnte die Kontendatenbank %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="210"/>
        <location filename="../src/engine/store/AccountStore.cpp" line="218"/>
        <location filename="../src/engine/store/AccountStore.cpp" line="227"/>
        <source>Could not open the account database %1: %2.</source>
        <translation>Konnte die Kontendatenbank %1 nicht öffnen: %2.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="242"/>
        <source>The account database %1 could not be read (%2), and it could not be moved aside. Move it away yourself to start a new one.</source>
        <translation>Die Kontendatenbank %1 konnte nicht gelesen werden (%2) und ließ sich nicht beiseitelegen. Verschieben Sie sie selbst, um mit einer neuen zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="249"/>
        <source>The account database %1 could not be read (%2). It was kept as %3, and Keylink started a new, empty one. Secrets are still in the keychain.</source>
        <translation>Die Kontendatenbank %1 konnte nicht gelesen werden (%2). Sie wurde als %3 aufbewahrt, und Keylink hat eine neue, leere angelegt. Die Geheimnisse sind weiterhin im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="273"/>
        <source>The account database %1 was made by a newer Keylink (format %2; this one knows %3). Update Keylink to use it.</source>
        <translation>Die Kontendatenbank %1 stammt von einem neueren Keylink (Format %2; dieses kennt %3). Aktualisieren Sie Keylink, um sie zu verwenden.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="354"/>
        <source>The old account list %1 could not be read (%2), and it could not be moved aside. Keylink leaves it as it is and tries again at the next start; move it away yourself to stop this message.</source>
        <translation>Die alte Kontenliste %1 konnte nicht gelesen werden (%2) und ließ sich nicht beiseitelegen. Keylink lässt sie unverändert und versucht es beim nächsten Start erneut; verschieben Sie sie selbst, damit diese Meldung verschwindet.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="361"/>
        <source>The old account list %1 could not be read (%2). It was kept as %3; Keylink starts without it. Secrets are still in the keychain.</source>
        <translation>Die alte Kontenliste %1 konnte nicht gelesen werden (%2). Sie wurde als %3 aufbewahrt; Keylink startet ohne sie. Die Geheimnisse sind weiterhin im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="422"/>
        <source>The old account list %1 could not be imported: %2 It stays where it is, and Keylink tries again at the next start.</source>
        <translation>Die alte Kontenliste %1 konnte nicht übernommen werden: %2 Sie bleibt, wo sie ist, und Keylink versucht es beim nächsten Start erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="556"/>
        <source>no linked account matches “%1”; keylink accounts lists them</source>
        <translation>kein verknüpftes Konto passt zu „%1“; keylink accounts listet sie auf</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="557"/>
        <source>“%1” matches %2 accounts; use more of the account id</source>
        <translation>„%1“ passt zu %2 Konten; geben Sie mehr von der Konto-ID an</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="564"/>
        <source>The account database %1 is not open.</source>
        <translation>Die Kontendatenbank %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="608"/>
        <source>The account %1 in the database %2 cannot be read (%3).</source>
        <translation>Das Konto %1 in der Datenbank %2 kann nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="697"/>
        <location filename="../src/engine/store/AccountStore.cpp" line="759"/>
        <location filename="../src/engine/store/AccountStore.cpp" line="893"/>
        <source>The account %1 is not linked any more.</source>
        <translation>Das Konto %1 ist nicht mehr verknüpft.</translation>
    </message>
</context>
<context>
    <name>keylink::ActionTableModel</name>
    <message>
        <location filename="../src/gui/wizard/ActionTableModel.cpp" line="104"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ActionTableModel.cpp" line="104"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
</context>
<context>
    <name>keylink::AnswerFacts</name>
    <message>
        <location filename="../src/engine/connect/AnswerFacts.cpp" line="53"/>
        <source>%1 said: “%2”</source>
        <translation>%1 meldete: „%2“</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/AnswerFacts.cpp" line="57"/>
        <source>%1 refused the request: the credentials lack a permission it needs.</source>
        <translation>%1 hat die Anfrage abgelehnt: Den Zugangsdaten fehlt eine nötige Berechtigung.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/AnswerFacts.cpp" line="60"/>
        <source>%1 is limiting requests right now. Try again in a minute.</source>
        <translation>%1 begrenzt gerade die Anfragen. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/AnswerFacts.cpp" line="63"/>
        <source>%1 did not find the account these credentials name.</source>
        <translation>%1 hat das Konto nicht gefunden, das diese Zugangsdaten nennen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/AnswerFacts.cpp" line="66"/>
        <source>%1 had a problem answering. Try again later.</source>
        <translation>%1 hatte ein Problem beim Antworten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/AnswerFacts.cpp" line="70"/>
        <source>%1 rejected the credentials: they are wrong, expired or revoked.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt: Sie sind falsch, abgelaufen oder widerrufen.</translation>
    </message>
</context>
<context>
    <name>keylink::AuthorizationFlow</name>
    <message>
        <location filename="../src/engine/oauth/AuthorizationFlow.cpp" line="30"/>
        <source>Keylink received the sign-in. You can close this tab and go back to Keylink.</source>
        <translation>Keylink hat die Anmeldung erhalten. Sie können diesen Tab schließen und zu Keylink zurückkehren.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/AuthorizationFlow.cpp" line="32"/>
        <source>Keylink could not listen on 127.0.0.1 for the sign-in&apos;s answer.</source>
        <translation>Keylink konnte auf 127.0.0.1 nicht auf die Antwort der Anmeldung warten.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/AuthorizationFlow.cpp" line="52"/>
        <source>The sign-in answer did not carry the state Keylink sent, so it was refused.</source>
        <translation>Die Antwort der Anmeldung trug nicht den Status, den Keylink gesendet hat, und wurde daher abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/AuthorizationFlow.cpp" line="63"/>
        <source>The sign-in was not completed (%1).</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen (%1).</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/AuthorizationFlow.cpp" line="70"/>
        <source>The sign-in answer carried no authorization code.</source>
        <translation>Die Antwort der Anmeldung enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/AuthorizationFlow.cpp" line="83"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>keylink::Autostart</name>
    <message>
        <location filename="../src/gui/settings/Autostart.cpp" line="71"/>
        <source>Could not remove %1: %2.</source>
        <translation>%1 konnte nicht entfernt werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/Autostart.cpp" line="75"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/Autostart.cpp" line="85"/>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>keylink::BackgroundPresence</name>
    <message>
        <location filename="../src/gui/tray/BackgroundPresence.cpp" line="100"/>
        <source>Keylink is still running</source>
        <translation>Keylink läuft weiter</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/BackgroundPresence.cpp" line="101"/>
        <source>once a day</source>
        <translation>einmal am Tag</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/BackgroundPresence.cpp" line="102"/>
        <source>every hour</source>
        <translation>jede Stunde</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/BackgroundPresence.cpp" line="103"/>
        <source>every %1 hours</source>
        <translation>alle %1 Stunden</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/BackgroundPresence.cpp" line="105"/>
        <source>It checks your accounts %1 and tells you when one needs attention. Quit it from its icon in the tray.</source>
        <translation>Es prüft Ihre Konten %1 und meldet sich, wenn eines Aufmerksamkeit braucht. Beenden Sie es über sein Symbol im Systembereich.</translation>
    </message>
</context>
<context>
    <name>keylink::BoundedFile</name>
    <message>
        <location filename="../src/engine/core/BoundedFile.cpp" line="13"/>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/engine/core/BoundedFile.cpp" line="17"/>
        <source>it is not a regular file</source>
        <translation>sie ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../src/engine/core/BoundedFile.cpp" line="21"/>
        <location filename="../src/engine/core/BoundedFile.cpp" line="33"/>
        <source>it is larger than %1</source>
        <translation>sie ist größer als %1</translation>
    </message>
</context>
<context>
    <name>keylink::CheckTimeline</name>
    <message>
        <location filename="../src/gui/accounts/CheckTimeline.cpp" line="38"/>
        <source>Check history</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/CheckTimeline.cpp" line="45"/>
        <source>Scopes missing</source>
        <translation>Berechtigungen fehlen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/CheckTimeline.cpp" line="47"/>
        <source>Refused by the provider</source>
        <translation>Vom Anbieter abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/CheckTimeline.cpp" line="49"/>
        <source>Could not reach the provider</source>
        <translation>Anbieter nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/CheckTimeline.cpp" line="53"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/CheckTimeline.cpp" line="81"/>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/CheckTimeline.cpp" line="103"/>
        <source>%n check(s), from %1 to %2</source>
        <translation>
            <numerusform>%n Prüfung, von %1 bis %2</numerusform>
            <numerusform>%n Prüfungen, von %1 bis %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keylink::ClearButton</name>
    <message>
        <location filename="../src/gui/widgets/ClearButton.cpp" line="12"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/ClearButton.cpp" line="13"/>
        <source>Empties the search field</source>
        <translation>Leert das Suchfeld</translation>
    </message>
</context>
<context>
    <name>keylink::ConnectPage</name>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="59"/>
        <source>Sign in with %1 in your browser (authorization code)</source>
        <translation>Im Browser bei %1 anmelden (Autorisierungscode)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="60"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="65"/>
        <source>Keylink will get an access token from %1 for the scopes you selected, then check it with %1 (%2).</source>
        <translation>Keylink holt bei %1 ein Zugriffstoken für die gewählten Scopes und prüft es dann bei %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="73"/>
        <source>Nothing is saved until the provider has said yes.</source>
        <translation>Nichts wird gespeichert, bevor der Anbieter zugestimmt hat.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="122"/>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Die Anmeldeseite wird im Browser geöffnet …</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="118"/>
        <source>Asking %1 for an access token…</source>
        <translation>Zugriffstoken wird bei %1 angefordert …</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="131"/>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser …</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="132"/>
        <source>If no browser opened, visit &lt;a href=&quot;%1&quot;&gt;this sign-in page&lt;/a&gt;.</source>
        <translation>Falls sich kein Browser geöffnet hat, besuchen Sie &lt;a href=&quot;%1&quot;&gt;diese Anmeldeseite&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="119"/>
        <source>Checking the credentials with %1…</source>
        <translation>Zugangsdaten werden bei %1 geprüft …</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="69"/>
        <source>Keylink asks %1 (%2) whether these credentials work</source>
        <translation>Keylink fragt %1 (%2), ob diese Zugangsdaten funktionieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="71"/>
        <source>, then checks the %n selected scope(s).</source>
        <translation>
            <numerusform>, dann prüft es die %n ausgewählte Berechtigung.</numerusform>
            <numerusform>, dann prüft es die %n ausgewählten Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="154"/>
        <source>Waiting for your answer…</source>
        <translation>Warte auf Ihre Antwort …</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="158"/>
        <source>Update the linked account?</source>
        <translation>Das verknüpfte Konto aktualisieren?</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="159"/>
        <source>%1 account “%2” is linked already.</source>
        <translation>Das %1-Konto „%2“ ist bereits verknüpft.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="163"/>
        <source>Linking it again replaces its secret in your keychain; nothing else changes.</source>
        <translation>Erneutes Verknüpfen ersetzt sein Geheimnis im Schlüsselbund; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="164"/>
        <source>Linking it again replaces its secret in your keychain and changes this:</source>
        <translation>Erneutes Verknüpfen ersetzt sein Geheimnis im Schlüsselbund und ändert Folgendes:</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="166"/>
        <source>&amp;Update account</source>
        <translation>Konto &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="167"/>
        <source>&amp;Keep it as it is</source>
        <translation>So &amp;belassen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="168"/>
        <source>Save the new credentials and the changes listed over the linked account</source>
        <translation>Die neuen Zugangsdaten und die aufgeführten Änderungen über das verknüpfte Konto speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="169"/>
        <source>Save nothing; the linked account stays as it was</source>
        <translation>Nichts speichern; das verknüpfte Konto bleibt, wie es war</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="194"/>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="195"/>
        <source>You kept the linked account as it was; nothing was saved.</source>
        <translation>Sie haben das verknüpfte Konto belassen, wie es war; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="196"/>
        <source>To link it with these credentials after all, verify again.</source>
        <translation>Um es doch mit diesen Zugangsdaten zu verknüpfen, prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="203"/>
        <source>%1 said: %2</source>
        <translation>%1 meldete: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="205"/>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="208"/>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="267"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="125"/>
        <source>Saving the secret to your keychain…</source>
        <translation>Das Geheimnis wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="60"/>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="243"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>keylink::CopyFeedback</name>
    <message>
        <location filename="../src/gui/widgets/CopyFeedback.cpp" line="21"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>keylink::CredentialVault</name>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="90"/>
        <source>The keychain holds no secret for account %1.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für Konto %1.</translation>
    </message>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="93"/>
        <source>No system keychain is available. Keylink keeps secrets only in the keychain: start a Secret Service provider such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Kein Systemschlüsselbund verfügbar. Keylink bewahrt Geheimnisse nur im Schlüsselbund auf: Starten Sie einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="97"/>
        <source>The system keychain is locked or refused access. Unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation>Der Systemschlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (etwa durch Anmelden an Ihrer Desktopsitzung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="102"/>
        <source>The keychain entry of account %1 is not one Keylink wrote; relink the account.</source>
        <translation>Der Schlüsselbundeintrag von Konto %1 stammt nicht von Keylink; verknüpfen Sie das Konto neu.</translation>
    </message>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="105"/>
        <source>The system keychain did not answer within %1. Make sure your Secret Service provider (such as GNOME Keyring or KWallet) is running and responding, then try again.</source>
        <translation>Der System-Schlüsselbund hat nicht innerhalb von %1 geantwortet. Stellen Sie sicher, dass Ihr Secret-Service-Anbieter (etwa GNOME Keyring oder KWallet) läuft und antwortet, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="112"/>
        <source>The system keychain could not be used (%1). Make sure a Secret Service provider such as GNOME Keyring or KWallet is running and unlocked, then try again.</source>
        <translation>Der Systemschlüsselbund konnte nicht verwendet werden (%1). Stellen Sie sicher, dass ein Secret-Service-Anbieter wie GNOME Keyring oder KWallet läuft und entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/engine/vault/CredentialVault.cpp" line="135"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="219"/>
        <source>the entry of account %1 is still there after it was removed</source>
        <translation>der Eintrag des Kontos %1 ist nach dem Entfernen noch vorhanden</translation>
    </message>
</context>
<context>
    <name>keylink::CredentialVerifier</name>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="44"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="48"/>
        <source>%1 is not valid: %2</source>
        <translation>%1 ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="60"/>
        <source>%1 must start with %2; this one starts with neither, so Keylink cannot tell which environment it belongs to.</source>
        <translation>%1 muss mit %2 beginnen; dieses beginnt mit keinem davon, daher kann Keylink nicht erkennen, zu welcher Umgebung es gehört.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="62"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="116"/>
        <source>%1 has no scope “%2”.</source>
        <translation>%1 hat keinen Scope „%2“.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="118"/>
        <source>No read-only check is known for this scope, so Keylink cannot confirm it.</source>
        <translation>Für diesen Scope ist keine reine Leseprüfung bekannt, daher kann Keylink ihn nicht bestätigen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="171"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="245"/>
        <source>%1 accepted the credentials but its answer does not say which account they belong to (expected %2 and %3).</source>
        <translation>%1 hat die Zugangsdaten angenommen, aber seine Antwort sagt nicht, zu welchem Konto sie gehören (erwartet: %2 und %3).</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="286"/>
        <source>%1 did not list this credential&apos;s scopes, so Keylink cannot confirm them.</source>
        <translation>%1 hat die Berechtigungen dieser Zugangsdaten nicht aufgeführt, daher kann Keylink sie nicht bestätigen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="295"/>
        <source>%1 says this credential does not have this scope.</source>
        <translation>%1 sagt, dass diese Zugangsdaten diese Berechtigung nicht haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="328"/>
        <source>Keylink could not list the account&apos;s users to confirm %1 (%2); %3 accepted the token, and requests will run as that user.</source>
        <translation>Keylink konnte die Benutzer des Kontos nicht auflisten, um %1 zu bestätigen (%2); %3 hat das Token angenommen, und Anfragen laufen als dieser Benutzer.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="343"/>
        <source>%1&apos;s list of users is not in the documented shape (no %2 array).</source>
        <translation>Die Benutzerliste von %1 hat nicht die dokumentierte Form (kein Array %2).</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="354"/>
        <source>The %1 user %2 is not active. Use the email of an active user in the same %1 account.</source>
        <translation>Der %1-Benutzer %2 ist nicht aktiv. Verwenden Sie die E-Mail-Adresse eines aktiven Benutzers im selben %1-Konto.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="362"/>
        <source>Requests run as %1 (%2).</source>
        <translation>Anfragen laufen als %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="377"/>
        <source>Keylink looked through the first %1 pages of users without finding %2; it did not look further.</source>
        <translation>Keylink hat die ersten %1 Seiten der Benutzer durchsucht, ohne %2 zu finden; weiter hat es nicht gesucht.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="386"/>
        <source>%1 accepted the token, but no user of that %1 account has the email %2. Use the email of an active user in the same account.</source>
        <translation>%1 hat das Token angenommen, aber kein Benutzer dieses %1-Kontos hat die E-Mail-Adresse %2. Verwenden Sie die E-Mail-Adresse eines aktiven Benutzers im selben Konto.</translation>
    </message>
</context>
<context>
    <name>keylink::DeepLink</name>
    <message>
        <location filename="../src/engine/link/DeepLink.cpp" line="15"/>
        <source>“%1” is not a Keylink link; expected keylink://link/&lt;provider&gt;?method=…&amp;actions=…</source>
        <translation>„%1“ ist kein Keylink-Link; erwartet: keylink://link/&lt;provider&gt;?method=…&amp;actions=…</translation>
    </message>
    <message>
        <location filename="../src/engine/link/DeepLink.cpp" line="21"/>
        <source>the link names no provider; expected keylink://link/&lt;provider&gt;</source>
        <translation>der Link nennt keinen Anbieter; erwartet: keylink://link/&lt;provider&gt;</translation>
    </message>
    <message>
        <location filename="../src/engine/link/DeepLink.cpp" line="33"/>
        <source>the link has an unknown parameter “%1”; expected method, actions and scopes</source>
        <translation>der Link hat einen unbekannten Parameter „%1“; erwartet werden method, actions und scopes</translation>
    </message>
</context>
<context>
    <name>keylink::DesktopNotifier</name>
    <message>
        <location filename="../src/gui/tray/DesktopNotifier.cpp" line="45"/>
        <source>There is no session bus to reach the notification service.</source>
        <translation>Es gibt keinen Sitzungsbus, über den der Benachrichtigungsdienst erreichbar wäre.</translation>
    </message>
</context>
<context>
    <name>keylink::DonePage</name>
    <message numerus="yes">
        <location filename="../src/gui/wizard/DonePage.cpp" line="113"/>
        <source>To use the missing scope(s), add them to the token in the %1 dashboard, then select the account in the account list and choose Verify. If %1 cannot change an existing token, create a new one and choose Relink.</source>
        <translation>
            <numerusform>Um die fehlende Berechtigung zu nutzen, fügen Sie sie dem Token im %1-Dashboard hinzu, wählen dann das Konto in der Kontenliste und dort „Prüfen“. Kann %1 einen bestehenden Token nicht ändern, erstellen Sie einen neuen und wählen „Neu verknüpfen“.</numerusform>
            <numerusform>Um die fehlenden Berechtigungen zu nutzen, fügen Sie sie dem Token im %1-Dashboard hinzu, wählen dann das Konto in der Kontenliste und dort „Prüfen“. Kann %1 einen bestehenden Token nicht ändern, erstellen Sie einen neuen und wählen „Neu verknüpfen“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="128"/>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="128"/>
        <source>Linked, with permissions missing</source>
        <translation>Verknüpft, mit fehlenden Berechtigungen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="129"/>
        <source>%1 account “%2” is linked</source>
        <translation>Das %1-Konto „%2“ ist verknüpft</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="132"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="147"/>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="148"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="149"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/DonePage.cpp" line="157"/>
        <source>Show all %n scope(s)</source>
        <translation>
            <numerusform>%n Berechtigung zeigen</numerusform>
            <numerusform>Alle %n Berechtigungen zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keylink::ExpiryDateEdit</name>
    <message>
        <location filename="../src/gui/widgets/ExpiryDateEdit.cpp" line="14"/>
        <source>The token stops &amp;working on</source>
        <translation>Das Token &amp;funktioniert nicht mehr ab</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/ExpiryDateEdit.cpp" line="23"/>
        <source>Tick this when the provider gave the token an end date: Keylink reminds you 14, 3 and 1 days before</source>
        <translation>Ankreuzen, wenn der Anbieter dem Token ein Ablaufdatum gegeben hat: Keylink erinnert Sie 14, 3 und 1 Tag vorher</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/ExpiryDateEdit.cpp" line="24"/>
        <source>End date</source>
        <translation>Ablaufdatum</translation>
    </message>
</context>
<context>
    <name>keylink::ExpiryDialog</name>
    <message>
        <location filename="../src/gui/accounts/ExpiryDialog.cpp" line="16"/>
        <source>End Date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/ExpiryDialog.cpp" line="18"/>
        <source>If the token of “%1” was created with an end date, enter it: Keylink reminds you 14, 3 and 1 days before, and marks the account Expired after.</source>
        <translation>Wenn das Token von „%1“ mit einem Ablaufdatum erstellt wurde, geben Sie es ein: Keylink erinnert Sie 14, 3 und 1 Tag vorher und markiert das Konto danach als abgelaufen.</translation>
    </message>
</context>
<context>
    <name>keylink::FailureAdvice</name>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="15"/>
        <source>Check what you entered</source>
        <translation>Prüfen Sie Ihre Eingaben</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="15"/>
        <source>Go back and correct the credentials.</source>
        <translation>Gehen Sie zurück und korrigieren Sie die Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="18"/>
        <source>%1 rejected the credentials</source>
        <translation>%1 hat die Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="19"/>
        <source>Go back and paste the token again, or create a new one in the %1 dashboard.</source>
        <translation>Gehen Sie zurück und fügen Sie den Token erneut ein, oder erstellen Sie im %1-Dashboard einen neuen.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="22"/>
        <source>The credentials lack a permission</source>
        <translation>Den Zugangsdaten fehlt eine Berechtigung</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="22"/>
        <source>Allow it in the %1 dashboard, then try again.</source>
        <translation>Erlauben Sie sie im %1-Dashboard und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="27"/>
        <source>The credentials do not match the account</source>
        <translation>Die Zugangsdaten passen nicht zum Konto</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="28"/>
        <source>Go back and check each field against the %1 dashboard.</source>
        <translation>Gehen Sie zurück und vergleichen Sie jedes Feld mit dem %1-Dashboard.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="31"/>
        <source>%1 asks Keylink to wait</source>
        <translation>%1 bittet Keylink zu warten</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="33"/>
        <source>Try again after %1.</source>
        <translation>Versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="35"/>
        <source>Wait a minute, then try again.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="39"/>
        <source>%1 has a problem</source>
        <translation>%1 hat ein Problem</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="40"/>
        <source>The trouble is on %1&apos;s side. Try again in a few minutes.</source>
        <translation>Das Problem liegt bei %1. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="43"/>
        <source>%1 could not be reached</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="44"/>
        <source>Check your internet connection and the proxy in Preferences, then try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und den Proxy in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="47"/>
        <source>The connection is not secure</source>
        <translation>Die Verbindung ist nicht sicher</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="48"/>
        <source>Something on the network intercepts the connection to %1, such as a proxy or a filter. Check the network, then try again.</source>
        <translation>Etwas im Netzwerk fängt die Verbindung zu %1 ab, etwa ein Proxy oder ein Filter. Prüfen Sie das Netzwerk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="54"/>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="55"/>
        <source>Check the network, or allow more time in Preferences, then try again.</source>
        <translation>Prüfen Sie das Netzwerk oder erlauben Sie in den Einstellungen mehr Zeit und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="59"/>
        <source>%1 gave an answer Keylink does not understand</source>
        <translation>%1 gab eine Antwort, die Keylink nicht versteht</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="60"/>
        <source>Try again later. If it keeps happening, report it with the request id below.</source>
        <translation>Versuchen Sie es später erneut. Wenn es wieder passiert, melden Sie es mit der Anfrage-ID unten.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="63"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="63"/>
        <source>Nothing was saved. Try again when you are ready.</source>
        <translation>Nichts wurde gespeichert. Versuchen Sie es erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="74"/>
        <source>Your keychain is locked</source>
        <translation>Ihr Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="74"/>
        <source>Unlock it, then try again. Nothing was saved.</source>
        <translation>Entsperren Sie ihn und versuchen Sie es dann erneut. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="76"/>
        <source>No keychain is available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="77"/>
        <source>Start your desktop&apos;s keychain (such as GNOME Keyring or KWallet), then try again. Nothing was saved.</source>
        <translation>Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (etwa GNOME Keyring oder KWallet) und versuchen Sie es dann erneut. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="81"/>
        <source>The keychain did not keep the secret</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht aufbewahrt</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="81"/>
        <source>Nothing was saved. Try again.</source>
        <translation>Nichts wurde gespeichert. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>keylink::FieldsPage</name>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="50"/>
        <source>End date (optional):</source>
        <translation>Ablaufdatum (optional):</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="69"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="95"/>
        <source>Stored in your keychain; paste a new one to replace it</source>
        <translation>Im Schlüsselbund gespeichert; fügen Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="124"/>
        <source>%1:</source>
        <comment>form caption: a field&apos;s name</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="157"/>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="157"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="158"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="208"/>
        <source>This token is for %1 (%2).</source>
        <translation>Dieses Token gehört zu %1 (%2).</translation>
    </message>
</context>
<context>
    <name>keylink::GrantedScopes</name>
    <message>
        <location filename="../src/engine/oauth/GrantedScopes.cpp" line="12"/>
        <source>%1 did not say which scopes it granted.</source>
        <translation>%1 hat nicht gesagt, welche Scopes es gewährt hat.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/GrantedScopes.cpp" line="17"/>
        <source>%1 did not grant this scope to the application.</source>
        <translation>%1 hat der Anwendung diesen Scope nicht gewährt.</translation>
    </message>
</context>
<context>
    <name>keylink::GuidePage</name>
    <message>
        <location filename="../src/gui/wizard/GuidePage.cpp" line="31"/>
        <source>Create the %1 token</source>
        <translation>Das %1-Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/GuidePage.cpp" line="54"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
</context>
<context>
    <name>keylink::GuideRenderer</name>
    <message>
        <location filename="../src/gui/wizard/GuideRenderer.cpp" line="49"/>
        <source>None of the scopes of this step is needed for your selection.</source>
        <translation>Keiner der Scopes dieses Schritts wird für Ihre Auswahl gebraucht.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/GuideRenderer.cpp" line="60"/>
        <source>Enables actions:</source>
        <translation>Ermöglicht die Aktionen:</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/GuideRenderer.cpp" line="66"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>keylink::HostRules</name>
    <message>
        <location filename="../src/engine/connect/HostRules.cpp" line="108"/>
        <source>%1 must be a server name such as gitlab.example.com, optionally with https:// in front; “%2” is not.</source>
        <translation>%1 muss ein Servername wie gitlab.example.com sein, wahlweise mit https:// davor; „%2“ ist keiner.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/HostRules.cpp" line="118"/>
        <source>The end of %1 does not name a server; check that you pasted all of it.</source>
        <translation>Das Ende von %1 nennt keinen Server; prüfen Sie, ob Sie alles eingefügt haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/HostRules.cpp" line="120"/>
        <source>%1 is not valid here.</source>
        <translation>%1 ist hier nicht gültig.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/HostRules.cpp" line="121"/>
        <source>%1 may hold only letters, digits and hyphens, such as “acme”; “%2” is not.</source>
        <translation>%1 darf nur Buchstaben, Ziffern und Bindestriche enthalten, etwa „acme“; „%2“ erfüllt das nicht.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/HostRules.cpp" line="131"/>
        <source>Keylink does not send this credential to %1: the provider file does not allow that host.</source>
        <translation>Keylink sendet diese Zugangsdaten nicht an %1: Die Anbieterdatei erlaubt diesen Host nicht.</translation>
    </message>
</context>
<context>
    <name>keylink::LegacyAccountList</name>
    <message>
        <location filename="../src/engine/store/LegacyAccountList.cpp" line="18"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location filename="../src/engine/store/LegacyAccountList.cpp" line="22"/>
        <source>not a Keylink account list</source>
        <translation>keine Keylink-Kontenliste</translation>
    </message>
    <message>
        <location filename="../src/engine/store/LegacyAccountList.cpp" line="26"/>
        <source>format version %1, this Keylink reads version %2</source>
        <translation>Formatversion %1, dieses Keylink liest Version %2</translation>
    </message>
    <message>
        <location filename="../src/engine/store/LegacyAccountList.cpp" line="43"/>
        <source>two accounts share the id %1</source>
        <translation>zwei Konten teilen sich die ID %1</translation>
    </message>
</context>
<context>
    <name>keylink::LinkChanges</name>
    <message>
        <location filename="../src/engine/link/LinkChanges.cpp" line="24"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkChanges.cpp" line="58"/>
        <source>Label: %1 → %2</source>
        <translation>Bezeichnung: %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkChanges.cpp" line="60"/>
        <source>Actions added: %1</source>
        <translation>Hinzugefügte Aktionen: %1</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkChanges.cpp" line="62"/>
        <source>Actions removed: %1</source>
        <translation>Entfernte Aktionen: %1</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkChanges.cpp" line="64"/>
        <source>Scopes added: %1</source>
        <translation>Hinzugefügte Berechtigungen: %1</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkChanges.cpp" line="66"/>
        <source>Scopes removed: %1</source>
        <translation>Entfernte Berechtigungen: %1</translation>
    </message>
</context>
<context>
    <name>keylink::LinkService</name>
    <message numerus="yes">
        <location filename="../src/engine/link/LinkService.cpp" line="52"/>
        <source>%n selected scope(s) missing from the token; the actions that need them will fail.</source>
        <translation>
            <numerusform>%n ausgewählter Scope fehlt dem Token; die Aktionen, die ihn brauchen, werden fehlschlagen.</numerusform>
            <numerusform>%n ausgewählte Scopes fehlen dem Token; die Aktionen, die sie brauchen, werden fehlschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="73"/>
        <source>The last check could not finish: %1</source>
        <translation>Die letzte Prüfung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="129"/>
        <location filename="../src/engine/link/LinkService.cpp" line="138"/>
        <location filename="../src/engine/link/LinkService.cpp" line="161"/>
        <location filename="../src/engine/link/LinkService.cpp" line="199"/>
        <location filename="../src/engine/link/LinkService.cpp" line="207"/>
        <location filename="../src/engine/link/LinkService.cpp" line="234"/>
        <source> Nothing was saved.</source>
        <translation> Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="184"/>
        <location filename="../src/engine/link/LinkService.cpp" line="263"/>
        <source>Keylink could not undo the keychain change either: %1</source>
        <translation>Keylink konnte auch die Änderung am Schlüsselbund nicht rückgängig machen: %1</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="216"/>
        <source>The account %1 was unlinked meanwhile; link it again.</source>
        <translation>Das Konto %1 wurde inzwischen getrennt; verknüpfen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="268"/>
        <source>The keychain entry was put back as it was; nothing changed.</source>
        <translation>Der Schlüsselbundeintrag wurde wiederhergestellt; nichts hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="335"/>
        <source>It may still remove the secret, so Keylink finishes the unlink the next time it starts and the keychain answers.</source>
        <translation>Er entfernt das Geheimnis womöglich noch; deshalb schließt Keylink das Trennen beim nächsten Start ab, sobald der Schlüsselbund antwortet.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="183"/>
        <location filename="../src/engine/link/LinkService.cpp" line="272"/>
        <source>The secret was removed from the keychain again; nothing was linked.</source>
        <translation>Das Geheimnis wurde wieder aus dem Schlüsselbund entfernt; es wurde nichts verknüpft.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="312"/>
        <location filename="../src/engine/link/LinkService.cpp" line="322"/>
        <location filename="../src/engine/link/LinkService.cpp" line="332"/>
        <source> The account is still linked.</source>
        <translation> Das Konto ist weiterhin verknüpft.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="345"/>
        <source> The secret is already gone from the keychain; unlink again to remove the account from the list.</source>
        <translation> Das Geheimnis ist bereits aus dem Schlüsselbund verschwunden; trennen Sie erneut, um das Konto aus der Liste zu entfernen.</translation>
    </message>
</context>
<context>
    <name>keylink::LinkWizard</name>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="26"/>
        <source>Link an account</source>
        <translation>Konto verknüpfen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="58"/>
        <source>Go back to the previous step</source>
        <translation>Zum vorherigen Schritt zurückgehen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="61"/>
        <source>Check the credentials with the provider, then keep the secret in your keychain</source>
        <translation>Die Zugangsdaten beim Anbieter prüfen und das Geheimnis dann im Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="62"/>
        <source>Go on to the next step</source>
        <translation>Zum nächsten Schritt gehen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="63"/>
        <source>Close the wizard without linking anything</source>
        <translation>Den Assistenten schließen, ohne etwas zu verknüpfen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="64"/>
        <source>Close the wizard; the account is linked</source>
        <translation>Den Assistenten schließen; das Konto ist verknüpft</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="72"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="74"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="75"/>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="75"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="75"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="76"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="97"/>
        <source>Keylink has no provider “%1”.</source>
        <translation>Keylink kennt keinen Anbieter „%1“.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="100"/>
        <source>%1 has no sign-in method “%2”.</source>
        <translation>%1 hat keine Anmeldemethode „%2“.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="103"/>
        <source>%1 has no action “%2”.</source>
        <translation>%1 hat keine Aktion „%2“.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="106"/>
        <source>%1 has no scope “%2”.</source>
        <translation>%1 hat keine Berechtigung „%2“.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="124"/>
        <source>Keylink no longer knows how to link “%1” accounts.</source>
        <translation>Keylink weiß nicht mehr, wie „%1“-Konten verknüpft werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="135"/>
        <source>Relink %1</source>
        <translation>%1 neu verknüpfen</translation>
    </message>
</context>
<context>
    <name>keylink::Linker</name>
    <message>
        <location filename="../src/engine/link/Linker.cpp" line="35"/>
        <source>%1 signs in with OAuth 2: choose how to get the token.</source>
        <translation>%1 meldet sich mit OAuth 2 an: Wählen Sie, wie das Token beschafft wird.</translation>
    </message>
</context>
<context>
    <name>keylink::ListFilter</name>
    <message>
        <location filename="../src/gui/accounts/ListFilter.cpp" line="85"/>
        <source>No account matches “%1”.
Press Escape to clear the filter.</source>
        <translation>Kein Konto passt zu „%1“.
Drücken Sie Escape, um den Filter zu leeren.</translation>
    </message>
</context>
<context>
    <name>keylink::MainWindow</name>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="161"/>
        <source>Providers you can link</source>
        <translation>Anbieter, die Sie verknüpfen können</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="168"/>
        <source>Some provider files were skipped:&lt;br&gt;%1</source>
        <translation>Einige Anbieterdateien wurden übersprungen:&lt;br&gt;%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/MainWindow.cpp" line="194"/>
        <source>%n linked account(s)</source>
        <translation>
            <numerusform>%n verknüpftes Konto</numerusform>
            <numerusform>%n verknüpfte Konten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="265"/>
        <source>You asked to link another account.</source>
        <translation>Sie wollten ein weiteres Konto verknüpfen.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="273"/>
        <source>A link to %1 arrived.</source>
        <translation>Ein Link zu %1 ist eingetroffen.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="314"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="337"/>
        <source>You asked to relink “%1”.</source>
        <translation>Sie wollten „%1“ neu verknüpfen.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="270"/>
        <source>Cannot open the link: %1</source>
        <translation>Der Link kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="386"/>
        <source>Unlinked %1.</source>
        <translation>%1 getrennt.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="395"/>
        <source>Copied the account id</source>
        <translation>Konto-ID kopiert</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="413"/>
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>keylink::NoticeComposer</name>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="22"/>
        <source>%1 needs attention: %2</source>
        <translation>%1 braucht Aufmerksamkeit: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="24"/>
        <source>%1 lost %2</source>
        <translation>%1 hat %2 verloren</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="26"/>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="69"/>
        <source>%1 works again</source>
        <translation>%1 funktioniert wieder</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="28"/>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="74"/>
        <source>%1 could not be checked for a day</source>
        <translation>%1 konnte einen Tag lang nicht geprüft werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="30"/>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="79"/>
        <source>%1 expires in %n day(s)</source>
        <translation>
            <numerusform>%1 läuft in %n Tag ab</numerusform>
            <numerusform>%1 läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="32"/>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="84"/>
        <source>%1 has expired</source>
        <translation>%1 ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="60"/>
        <source>%1 needs attention</source>
        <translation>%1 braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="61"/>
        <source>%1
Relink it with a new credential.</source>
        <translation>%1
Verknüpfen Sie es mit neuen Zugangsdaten neu.</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="64"/>
        <source>%1 lost a permission</source>
        <translation>%1 hat eine Berechtigung verloren</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="65"/>
        <source>Missing now: %1. The actions that need it will fail until the token gets it back.</source>
        <translation>Jetzt fehlt: %1. Die Aktionen, die sie brauchen, schlagen fehl, bis das Token sie zurückerhält.</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="70"/>
        <source>The provider accepts its credential again.</source>
        <translation>Der Anbieter akzeptiert die Zugangsdaten wieder.</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="75"/>
        <source>Keylink keeps trying. The last attempt: %1</source>
        <translation>Keylink versucht es weiter. Der letzte Versuch: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="80"/>
        <source>Its credential stops working on %1. Create a new one in the provider&apos;s dashboard and relink.</source>
        <translation>Die Zugangsdaten funktionieren ab %1 nicht mehr. Erstellen Sie im Dashboard des Anbieters neue und verknüpfen Sie das Konto neu.</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="85"/>
        <source>Its credential stopped working on %1. Create a new one in the provider&apos;s dashboard and relink.</source>
        <translation>Die Zugangsdaten funktionieren seit %1 nicht mehr. Erstellen Sie im Dashboard des Anbieters neue und verknüpfen Sie das Konto neu.</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="91"/>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="112"/>
        <source>Relink</source>
        <translation>Neu verknüpfen</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="92"/>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="113"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="93"/>
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="114"/>
        <source>Open Keylink</source>
        <translation>Keylink öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="98"/>
        <source>%n account(s) need attention</source>
        <translation>
            <numerusform>%n Konto braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Konten brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="100"/>
        <source>News about %n account(s)</source>
        <translation>
            <numerusform>Neues zu %n Konto</numerusform>
            <numerusform>Neues zu %n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/tray/NoticeComposer.cpp" line="104"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keylink::OAuthClient</name>
    <message>
        <location filename="../src/engine/oauth/OAuthClient.cpp" line="118"/>
        <source>%1&apos;s token endpoint answered without an access token.</source>
        <translation>Der Token-Endpunkt von %1 hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/OAuthClient.cpp" line="122"/>
        <source>%1 said: “%2”</source>
        <translation>%1 meldete: „%2“</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/OAuthClient.cpp" line="125"/>
        <source>%1 no longer accepts this sign-in (%2); sign in again.</source>
        <translation>%1 akzeptiert diese Anmeldung nicht mehr (%2); melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/OAuthClient.cpp" line="127"/>
        <source>%1 refused the application&apos;s credentials (%2).</source>
        <translation>%1 hat die Zugangsdaten der Anwendung abgelehnt (%2).</translation>
    </message>
</context>
<context>
    <name>keylink::OAuthLink</name>
    <message>
        <location filename="../src/engine/oauth/OAuthLink.cpp" line="74"/>
        <source>%1 also granted: %2.</source>
        <translation>%1 hat außerdem erteilt: %2.</translation>
    </message>
</context>
<context>
    <name>keylink::PermissionList</name>
    <message>
        <location filename="../src/gui/accounts/PermissionList.cpp" line="26"/>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/PermissionList.cpp" line="28"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/PermissionList.cpp" line="32"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>keylink::PermissionSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="41"/>
        <source>%n scope(s) granted</source>
        <translation>
            <numerusform>%n Berechtigung gewährt</numerusform>
            <numerusform>%n Berechtigungen gewährt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="47"/>
        <source>%n scope(s) missing: %1 — anything that needs them will fail</source>
        <translation>
            <numerusform>%n Berechtigung fehlt: %1 – alles, was sie braucht, schlägt fehl</numerusform>
            <numerusform>%n Berechtigungen fehlen: %1 – alles, was sie braucht, schlägt fehl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="48"/>
        <source>%n scope(s) missing: %1 — these actions will not work: %2</source>
        <translation>
            <numerusform>%n Berechtigung fehlt: %1 – diese Aktionen funktionieren nicht: %2</numerusform>
            <numerusform>%n Berechtigungen fehlen: %1 – diese Aktionen funktionieren nicht: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="53"/>
        <source>%n scope(s) not checkable: %1 offers no read-only check for them</source>
        <translation>
            <numerusform>%n Berechtigung nicht prüfbar: %1 bietet dafür keine rein lesende Prüfung</numerusform>
            <numerusform>%n Berechtigungen nicht prüfbar: %1 bietet dafür keine rein lesende Prüfung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="62"/>
        <source>%n scope(s) not checked: %1</source>
        <translation>
            <numerusform>%n Berechtigung nicht geprüft: %1</numerusform>
            <numerusform>%n Berechtigungen nicht geprüft: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="64"/>
        <source>%n scope(s) not checked</source>
        <translation>
            <numerusform>%n Berechtigung nicht geprüft</numerusform>
            <numerusform>%n Berechtigungen nicht geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="66"/>
        <source>%n scope(s) not checked; the list of scopes gives the reason for each</source>
        <translation>
            <numerusform>%n Berechtigung nicht geprüft; die Liste nennt den Grund</numerusform>
            <numerusform>%n Berechtigungen nicht geprüft; die Liste nennt jeweils den Grund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keylink::Preferences</name>
    <message>
        <location filename="../src/gui/settings/Preferences.cpp" line="49"/>
        <source>Could not save the preferences to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>keylink::ProviderAnswer</name>
    <message numerus="yes">
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="24"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="111"/>
        <source>Could not reach %1 at %2 (%3). Check your network connection and proxy settings.</source>
        <translation>%1 war unter %2 nicht erreichbar (%3). Prüfen Sie Ihre Netzwerkverbindung und die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="116"/>
        <source>Could not find %1&apos;s server %2. Check your network connection and DNS.</source>
        <translation>Der Server %2 von %1 wurde nicht gefunden. Prüfen Sie Ihre Netzwerkverbindung und das DNS.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="120"/>
        <source>The secure connection to %1 failed: %2. Keylink never sends credentials over a connection it cannot verify; if a proxy inspects your traffic, install its certificate in the system certificate store.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Keylink sendet Zugangsdaten nie über eine Verbindung, die es nicht prüfen kann; wenn ein Proxy Ihren Datenverkehr untersucht, installieren Sie sein Zertifikat im Zertifikatsspeicher des Systems.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="127"/>
        <source>%1 did not answer within %2.</source>
        <translation>%1 hat nicht innerhalb von %2 geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="131"/>
        <source>%1 sent an answer larger than 1 MiB; Keylink stopped reading it.</source>
        <translation>%1 hat eine Antwort über 1 MiB gesendet; Keylink hat aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="135"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="139"/>
        <source>%1 redirected the request to %2. Keylink does not follow a redirect to another host or to plain HTTP, so your credentials were not sent there.</source>
        <translation>%1 hat die Anfrage nach %2 umgeleitet. Keylink folgt keiner Umleitung zu einem anderen Host oder zu unverschlüsseltem HTTP, daher wurden Ihre Zugangsdaten nicht dorthin gesendet.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="141"/>
        <source>an invalid address</source>
        <translation>eine ungültige Adresse</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="156"/>
        <source>%1 said: “%2”</source>
        <translation>%1 meldete: „%2“</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="161"/>
        <source>%1 answered with something other than the JSON it documents; Keylink could not read it.</source>
        <translation>%1 hat mit etwas anderem als dem dokumentierten JSON geantwortet; Keylink konnte es nicht lesen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="168"/>
        <source>%1 rejected the credentials: they are wrong, expired or revoked.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt: Sie sind falsch, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="171"/>
        <source>%1 refused the request: the credentials lack a permission it needs.</source>
        <translation>%1 hat die Anfrage abgelehnt: Den Zugangsdaten fehlt eine nötige Berechtigung.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="174"/>
        <source>%1 answered “not found” for %2.</source>
        <translation>%1 meldete „nicht gefunden“ für %2.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="181"/>
        <source>%1 is limiting requests right now. Try again in %2 (at %3).</source>
        <translation>%1 begrenzt gerade die Anfragen. Versuchen Sie es in %2 erneut (um %3).</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="184"/>
        <source>%1 is limiting requests right now. Try again in a minute.</source>
        <translation>%1 begrenzt gerade die Anfragen. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="189"/>
        <source>%1 answered with an error page (HTTP %2) instead of data. The service may be having trouble; try again later.</source>
        <translation>%1 hat mit einer Fehlerseite (HTTP %2) statt mit Daten geantwortet. Der Dienst hat möglicherweise Probleme; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="193"/>
        <source>%1 had a problem answering (HTTP %2). Try again later.</source>
        <translation>%1 hatte ein Problem beim Antworten (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="196"/>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>keylink::ProviderPage</name>
    <message>
        <location filename="../src/gui/wizard/ProviderPage.cpp" line="70"/>
        <source>Commerce</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ProviderPage.cpp" line="71"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ProviderPage.cpp" line="72"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ProviderPage.cpp" line="73"/>
        <source>Developer tools</source>
        <translation>Entwicklerwerkzeuge</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ProviderPage.cpp" line="74"/>
        <source>Payments and finance</source>
        <translation>Zahlungen und Finanzen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ProviderPage.cpp" line="75"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ProviderPage.cpp" line="76"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ProviderPage.cpp" line="77"/>
        <source>Productivity</source>
        <translation>Produktivität</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ProviderPage.cpp" line="78"/>
        <source>Customer support</source>
        <translation>Kundensupport</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ProviderPage.cpp" line="79"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ProviderPage.cpp" line="80"/>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ProviderPage.cpp" line="81"/>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
</context>
<context>
    <name>keylink::ProxyReport</name>
    <message>
        <location filename="../src/gui/settings/ProxyReport.cpp" line="20"/>
        <source>HTTP proxy %1</source>
        <translation>HTTP-Proxy %1</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProxyReport.cpp" line="22"/>
        <source>SOCKS5 proxy %1</source>
        <translation>SOCKS5-Proxy %1</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProxyReport.cpp" line="24"/>
        <source>FTP proxy %1</source>
        <translation>FTP-Proxy %1</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProxyReport.cpp" line="29"/>
        <source>Direct connection (no proxy)</source>
        <translation>Direkte Verbindung (kein Proxy)</translation>
    </message>
</context>
<context>
    <name>keylink::RelativeTime</name>
    <message>
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="13"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="16"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="18"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="20"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="24"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="34"/>
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n Sekunde</numerusform>
            <numerusform>in %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="36"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="38"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="39"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="22"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="25"/>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="32"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
</context>
<context>
    <name>keylink::RenameDialog</name>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="15"/>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="19"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="21"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="22"/>
        <source>The name the account list shows for this account</source>
        <translation>Der Name, unter dem die Kontenliste dieses Konto zeigt</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="26"/>
        <source>Only shown in Keylink. The account at the provider stays %1.</source>
        <translation>Nur in Keylink sichtbar. Das Konto beim Anbieter bleibt %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="39"/>
        <source>Close without renaming</source>
        <translation>Schließen, ohne umzubenennen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="40"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="41"/>
        <source>Show the account under the new name</source>
        <translation>Das Konto unter dem neuen Namen zeigen</translation>
    </message>
</context>
<context>
    <name>keylink::ScopesPage</name>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="41"/>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="41"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="42"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="42"/>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="42"/>
        <source>Newline</source>
        <translation>Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="74"/>
        <source>Pick the actions you want; the scopes follow, and the guide adapts.</source>
        <translation>Wählen Sie die gewünschten Aktionen; die Scopes folgen, und die Anleitung passt sich an.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="75"/>
        <source>Pick the scopes the token needs; the guide adapts.</source>
        <translation>Wählen Sie die Scopes, die das Token braucht; die Anleitung passt sich an.</translation>
    </message>
</context>
<context>
    <name>keylink::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="17"/>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="19"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="20"/>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="21"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="22"/>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="28"/>
        <source>Keep these preferences</source>
        <translation>Diese Einstellungen übernehmen</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="29"/>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="31"/>
        <source>Put back the values Keylink starts with</source>
        <translation>Die Werte wiederherstellen, mit denen Keylink beginnt</translation>
    </message>
</context>
<context>
    <name>keylink::Spinner</name>
    <message>
        <location filename="../src/gui/widgets/Spinner.cpp" line="18"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>keylink::StepList</name>
    <message>
        <location filename="../src/gui/wizard/StepList.cpp" line="17"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/StepList.cpp" line="81"/>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/StepList.cpp" line="81"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/StepList.cpp" line="81"/>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/StepList.cpp" line="82"/>
        <location filename="../src/gui/wizard/StepList.cpp" line="86"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>keylink::TokenRefresher</name>
    <message>
        <location filename="../src/engine/oauth/TokenRefresher.cpp" line="56"/>
        <source>The new sign-in is still waiting to be saved: %1</source>
        <translation>Die neue Anmeldung wartet noch darauf, gespeichert zu werden: %1</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/TokenRefresher.cpp" line="119"/>
        <source>Account %1 does not sign in with OAuth.</source>
        <translation>Konto %1 meldet sich nicht mit OAuth an.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/TokenRefresher.cpp" line="138"/>
        <source>Sign in again: %1</source>
        <translation>Melden Sie sich erneut an: %1</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/TokenRefresher.cpp" line="162"/>
        <source>The access token was refreshed, but the keychain did not take the new tokens (%1). Keylink keeps them and saves them on the next try.</source>
        <translation>Das Zugriffstoken wurde erneuert, aber der Schlüsselbund hat die neuen Tokens nicht angenommen (%1). Keylink behält sie und speichert sie beim nächsten Versuch.</translation>
    </message>
</context>
<context>
    <name>keylink::TrayIcon</name>
    <message>
        <location filename="../src/gui/tray/TrayIcon.cpp" line="59"/>
        <source>Keylink</source>
        <translation>Keylink</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/TrayIcon.cpp" line="60"/>
        <source>&amp;Verify all accounts</source>
        <translation>Alle Konten &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/TrayIcon.cpp" line="61"/>
        <source>&amp;Open Keylink</source>
        <translation>Keylink ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/TrayIcon.cpp" line="63"/>
        <source>&amp;Quit Keylink</source>
        <translation>Keylink &amp;beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/TrayIcon.cpp" line="128"/>
        <source>Relink %1…</source>
        <translation>%1 neu verknüpfen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/tray/TrayIcon.cpp" line="135"/>
        <location filename="../src/gui/tray/TrayIcon.cpp" line="148"/>
        <source>%n account(s) need attention</source>
        <translation>
            <numerusform>%n Konto braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Konten brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/tray/TrayIcon.cpp" line="150"/>
        <source>No account needs attention</source>
        <translation>Kein Konto braucht Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/tray/TrayIcon.cpp" line="152"/>
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n konnte nicht geprüft werden</numerusform>
            <numerusform>%n konnten nicht geprüft werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keylink::UnlinkConfirmation</name>
    <message>
        <location filename="../src/gui/accounts/UnlinkConfirmation.cpp" line="13"/>
        <source>Unlink “%1”?</source>
        <translation>„%1“ trennen?</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/UnlinkConfirmation.cpp" line="17"/>
        <source>Keylink removes its secret from your keychain and the account from this list. The token itself stays valid at %1 until you revoke it there.</source>
        <translation>Keylink entfernt sein Geheimnis aus Ihrem Schlüsselbund und das Konto aus dieser Liste. Der Token selbst bleibt bei %1 gültig, bis Sie ihn dort widerrufen.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/UnlinkConfirmation.cpp" line="22"/>
        <source>Keep the account linked</source>
        <translation>Das Konto verknüpft lassen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/UnlinkConfirmation.cpp" line="25"/>
        <source>&amp;Unlink</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/UnlinkConfirmation.cpp" line="27"/>
        <source>Remove the secret from the keychain and the account from Keylink</source>
        <translation>Das Geheimnis aus dem Schlüsselbund und das Konto aus Keylink entfernen</translation>
    </message>
</context>
<context>
    <name>keylink::VerifyAllProgress</name>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="28"/>
        <source>Verification progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="29"/>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="30"/>
        <source>Check no more accounts; those being checked finish</source>
        <translation>Keine weiteren Konten prüfen; laufende Prüfungen werden beendet</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="85"/>
        <source>Stopping…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="86"/>
        <source>Checking %1 of %2…</source>
        <translation>Prüfe %1 von %2 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="121"/>
        <source>%n verified</source>
        <translation>
            <numerusform>%n geprüft</numerusform>
            <numerusform>%n geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="123"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="125"/>
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n konnte nicht geprüft werden</numerusform>
            <numerusform>%n konnten nicht geprüft werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="127"/>
        <source>No account was checked.</source>
        <translation>Kein Konto wurde geprüft.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="128"/>
        <source>%n checked: %1</source>
        <translation>
            <numerusform>%n geprüft: %1</numerusform>
            <numerusform>%n geprüft: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="130"/>
        <source>Stopped. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
</context>
<context>
    <name>keylink::WizardSlot</name>
    <message>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="55"/>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="62"/>
        <source>%1 Starting it closes this wizard and discards what you have entered here.</source>
        <translation>%1 Damit wird dieser Assistent geschlossen und Ihre Eingaben hier werden verworfen.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="58"/>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="59"/>
        <source>Replace the link in progress?</source>
        <translation>Die laufende Verknüpfung ersetzen?</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="63"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="64"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="65"/>
        <source>Go on with the wizard that is open; the new request is dropped</source>
        <translation>Mit dem geöffneten Assistenten fortfahren; die neue Anfrage wird verworfen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="66"/>
        <source>Close this wizard, discarding what it holds, and start the new request</source>
        <translation>Diesen Assistenten schließen, seine Eingaben verwerfen und die neue Anfrage beginnen</translation>
    </message>
</context>
</TS>
