<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Catalog</name>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="16"/>
        <source>Shipping rates, labels and tracking across couriers</source>
        <extracomment>easyship.json $.description</extracomment>
        <translation>Versandtarife, Etiketten und Sendungsverfolgung über viele Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="26"/>
        <source>You need admin access to the Easyship account to create API access tokens.</source>
        <extracomment>easyship.json $.authMethods[0].warnings[0]</extracomment>
        <translation>Sie brauchen Administratorzugriff auf das Easyship-Konto, um API-Zugriffstokens zu erstellen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="18"/>
        <source>60 requests a minute and 10 a second (sandbox: 6 a minute and 1 a second).</source>
        <extracomment>easyship.json $.api.rateLimit.summary</extracomment>
        <translation>60 Anfragen pro Minute und 10 pro Sekunde (Sandbox: 6 pro Minute und 1 pro Sekunde).</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="20"/>
        <source>The documentation&apos;s example expires_in looks like a Unix time rather than a number of seconds. Keylink accepts both: a value larger than created_at is taken as a Unix time.</source>
        <extracomment>easyship.json $.unconfirmed[0].guess</extracomment>
        <translation>Das Beispiel-expires_in der Dokumentation sieht eher nach einer Unix-Zeit als nach einer Anzahl Sekunden aus. Keylink akzeptiert beides: Ein Wert größer als created_at gilt als Unix-Zeit.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="22"/>
        <source>API access token</source>
        <extracomment>easyship.json $.authMethods[0].label</extracomment>
        <translation>API-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="24"/>
        <source>A token from an API integration in the Easyship dashboard. Its prefix says whether it is for production or the sandbox.</source>
        <extracomment>easyship.json $.authMethods[0].description</extracomment>
        <translation>Ein Token aus einer API-Integration im Easyship-Dashboard. Sein Präfix zeigt, ob es für die Produktion oder die Sandbox ist.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="28"/>
        <source>API Access Token</source>
        <extracomment>easyship.json $.authMethods[0].fields[0].label</extracomment>
        <translation>API-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="30"/>
        <source>An Easyship access token starts with prod_ (production) or sand_ (sandbox).</source>
        <extracomment>easyship.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Easyship-Zugriffstoken beginnt mit prod_ (Produktion) oder sand_ (Sandbox).</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="32"/>
        <source>Copy it from Production or Sandbox under Access Token in your API integration.</source>
        <extracomment>easyship.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Kopieren Sie es unter Production oder Sandbox bei Access Token in Ihrer API-Integration.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="34"/>
        <source>Production</source>
        <extracomment>easyship.json $.authMethods[0].environments[0].label</extracomment>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="36"/>
        <source>Sandbox</source>
        <extracomment>easyship.json $.authMethods[0].environments[1].label</extracomment>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="38"/>
        <source>Addresses</source>
        <extracomment>easyship.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="40"/>
        <source>Addresses (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Adressen (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="42"/>
        <source>Addresses (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Adressen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="44"/>
        <source>Address Validations</source>
        <extracomment>easyship.json $.authMethods[0].scopes[2].group</extracomment>
        <translation>Adressprüfungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="46"/>
        <source>Address Validations (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Adressprüfungen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="48"/>
        <source>Analytics</source>
        <extracomment>easyship.json $.authMethods[0].scopes[3].group</extracomment>
        <translation>Analysen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="50"/>
        <source>Analytics (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Analysen (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="52"/>
        <source>App Accesses</source>
        <extracomment>easyship.json $.authMethods[0].scopes[4].group</extracomment>
        <translation>App-Zugriffe</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="54"/>
        <source>App Accesses (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>App-Zugriffe (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="56"/>
        <source>Assets</source>
        <extracomment>easyship.json $.authMethods[0].scopes[5].group</extracomment>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="58"/>
        <source>Assets (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Dateien (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="60"/>
        <source>Assets (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Dateien (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="62"/>
        <source>Batches</source>
        <extracomment>easyship.json $.authMethods[0].scopes[7].group</extracomment>
        <translation>Stapel</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="64"/>
        <source>Batches (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Stapel (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="66"/>
        <source>Batches (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Stapel (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="68"/>
        <source>Billing Documents</source>
        <extracomment>easyship.json $.authMethods[0].scopes[9].group</extracomment>
        <translation>Abrechnungsdokumente</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="70"/>
        <source>Billing Documents (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Abrechnungsdokumente (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="72"/>
        <source>Billing Documents (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Abrechnungsdokumente (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="74"/>
        <source>Boxes</source>
        <extracomment>easyship.json $.authMethods[0].scopes[11].group</extracomment>
        <translation>Kartons</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="76"/>
        <source>Boxes (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Kartons (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="78"/>
        <source>Boxes (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Kartons (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="80"/>
        <source>Couriers</source>
        <extracomment>easyship.json $.authMethods[0].scopes[13].group</extracomment>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="82"/>
        <source>Couriers (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Versanddienstleister (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="84"/>
        <source>Couriers (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Versanddienstleister (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="86"/>
        <source>Courier Services</source>
        <extracomment>easyship.json $.authMethods[0].scopes[15].group</extracomment>
        <translation>Versandservices</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="88"/>
        <source>Courier Services (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Versandservices (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="90"/>
        <source>Credits</source>
        <extracomment>easyship.json $.authMethods[0].scopes[16].group</extracomment>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="92"/>
        <source>Credits (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Guthaben (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="94"/>
        <source>E-Fulfillment</source>
        <extracomment>easyship.json $.authMethods[0].scopes[17].group</extracomment>
        <translation>E-Fulfillment</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="96"/>
        <source>E-Fulfillment (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>E-Fulfillment (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="98"/>
        <source>Hs Codes</source>
        <extracomment>easyship.json $.authMethods[0].scopes[18].group</extracomment>
        <translation>HS-Codes</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="100"/>
        <source>Hs Codes (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>HS-Codes (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="102"/>
        <source>Labels</source>
        <extracomment>easyship.json $.authMethods[0].scopes[19].group</extracomment>
        <translation>Etiketten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="104"/>
        <source>Labels (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Etiketten (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="106"/>
        <source>Locations</source>
        <extracomment>easyship.json $.authMethods[0].scopes[20].group</extracomment>
        <translation>Standorte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="108"/>
        <source>Locations (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Standorte (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="110"/>
        <source>Manifests</source>
        <extracomment>easyship.json $.authMethods[0].scopes[21].group</extracomment>
        <translation>Manifeste</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="112"/>
        <source>Manifests (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>Manifeste (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="114"/>
        <source>Manifests (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>Manifeste (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="116"/>
        <source>Payments</source>
        <extracomment>easyship.json $.authMethods[0].scopes[23].group</extracomment>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="118"/>
        <source>Payments (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[23].description</extracomment>
        <translation>Zahlungen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="120"/>
        <source>Payment Sources</source>
        <extracomment>easyship.json $.authMethods[0].scopes[24].group</extracomment>
        <translation>Zahlungsquellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="122"/>
        <source>Payment Sources (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Zahlungsquellen (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="124"/>
        <source>Payment Sources (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[25].description</extracomment>
        <translation>Zahlungsquellen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="126"/>
        <source>Pickups</source>
        <extracomment>easyship.json $.authMethods[0].scopes[26].group</extracomment>
        <translation>Abholungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="128"/>
        <source>Pickups (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[26].description</extracomment>
        <translation>Abholungen (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="130"/>
        <source>Pickups (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[27].description</extracomment>
        <translation>Abholungen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="132"/>
        <source>Products</source>
        <extracomment>easyship.json $.authMethods[0].scopes[28].group</extracomment>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="134"/>
        <source>Products (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[28].description</extracomment>
        <translation>Produkte (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="136"/>
        <source>Products (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[29].description</extracomment>
        <translation>Produkte (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="138"/>
        <source>Rates</source>
        <extracomment>easyship.json $.authMethods[0].scopes[30].group</extracomment>
        <translation>Tarife</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="140"/>
        <source>Rates (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[30].description</extracomment>
        <translation>Tarife (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="142"/>
        <source>Redirects</source>
        <extracomment>easyship.json $.authMethods[0].scopes[31].group</extracomment>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="144"/>
        <source>Redirects (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[31].description</extracomment>
        <translation>Weiterleitungen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="146"/>
        <source>References</source>
        <extracomment>easyship.json $.authMethods[0].scopes[32].group</extracomment>
        <translation>Referenzdaten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="148"/>
        <source>References (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[32].description</extracomment>
        <translation>Referenzdaten (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="150"/>
        <source>Settings</source>
        <extracomment>easyship.json $.authMethods[0].scopes[33].group</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="152"/>
        <source>Settings (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[33].description</extracomment>
        <translation>Einstellungen (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="154"/>
        <source>Settings (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[34].description</extracomment>
        <translation>Einstellungen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="156"/>
        <source>Shipments</source>
        <extracomment>easyship.json $.authMethods[0].scopes[35].group</extracomment>
        <translation>Sendungen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="158"/>
        <source>Shipments (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[35].description</extracomment>
        <translation>Sendungen (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="160"/>
        <source>Shipments (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[36].description</extracomment>
        <translation>Sendungen (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="162"/>
        <source>Shipment Documents</source>
        <extracomment>easyship.json $.authMethods[0].scopes[37].group</extracomment>
        <translation>Versanddokumente</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="164"/>
        <source>Shipment Documents (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[37].description</extracomment>
        <translation>Versanddokumente (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="166"/>
        <source>Shipping Rules</source>
        <extracomment>easyship.json $.authMethods[0].scopes[38].group</extracomment>
        <translation>Versandregeln</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="168"/>
        <source>Shipping Rules (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[38].description</extracomment>
        <translation>Versandregeln (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="170"/>
        <source>Shipping Rules (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[39].description</extracomment>
        <translation>Versandregeln (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="172"/>
        <source>Stores</source>
        <extracomment>easyship.json $.authMethods[0].scopes[40].group</extracomment>
        <translation>Shops</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="174"/>
        <source>Stores (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[40].description</extracomment>
        <translation>Shops (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="176"/>
        <source>Tags</source>
        <extracomment>easyship.json $.authMethods[0].scopes[41].group</extracomment>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="178"/>
        <source>Tags (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[41].description</extracomment>
        <translation>Tags (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="180"/>
        <source>Tags (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[42].description</extracomment>
        <translation>Tags (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="182"/>
        <source>Tax And Duties</source>
        <extracomment>easyship.json $.authMethods[0].scopes[43].group</extracomment>
        <translation>Steuern und Zölle</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="184"/>
        <source>Tax And Duties (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[43].description</extracomment>
        <translation>Steuern und Zölle (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="186"/>
        <source>Tracks</source>
        <extracomment>easyship.json $.authMethods[0].scopes[44].group</extracomment>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="188"/>
        <source>Tracks (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[44].description</extracomment>
        <translation>Sendungsverfolgung (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="190"/>
        <source>Track 3ps</source>
        <extracomment>easyship.json $.authMethods[0].scopes[45].group</extracomment>
        <translation>Verfolgung über Dritte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="192"/>
        <source>Track 3ps (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[45].description</extracomment>
        <translation>Verfolgung über Dritte (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="194"/>
        <source>Track 3ps (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[46].description</extracomment>
        <translation>Verfolgung über Dritte (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="196"/>
        <source>Transaction Records</source>
        <extracomment>easyship.json $.authMethods[0].scopes[47].group</extracomment>
        <translation>Transaktionsbelege</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="198"/>
        <source>Transaction Records (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[47].description</extracomment>
        <translation>Transaktionsbelege (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="200"/>
        <source>Webhooks</source>
        <extracomment>easyship.json $.authMethods[0].scopes[48].group</extracomment>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="202"/>
        <source>Webhooks (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[48].description</extracomment>
        <translation>Webhooks (nur lesen) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="204"/>
        <source>Webhooks (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[49].description</extracomment>
        <translation>Webhooks (nur schreiben) Public API (2024-09 und neuer)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="206"/>
        <source>Create the Easyship API access token</source>
        <extracomment>easyship.json $.authMethods[0].guide.title</extracomment>
        <translation>Den Easyship-API-Zugriffstoken erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="208"/>
        <source>Generate an API access token</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Ein API-Zugriffstoken erzeugen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="210"/>
        <source>Easyship issues access tokens for an API integration that you create in its dashboard.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Easyship stellt Zugriffstokens für eine API-Integration aus, die Sie in seinem Dashboard anlegen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="212"/>
        <source>Open the API integrations</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Die API-Integrationen öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="214"/>
        <source>Go to the API settings of your Easyship dashboard.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Gehen Sie zu den API-Einstellungen Ihres Easyship-Dashboards.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="216"/>
        <source>Open the Easyship dashboard</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Das Easyship-Dashboard öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="218"/>
        <source>Log in to the Easyship dashboard.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Melden Sie sich im Easyship-Dashboard an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="220"/>
        <source>In the left sidebar, under **Integrations**, click **API &amp; Webhooks**.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Klicken Sie in der linken Seitenleiste unter **Integrations** auf **API &amp; Webhooks**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="222"/>
        <source>Click **New Integration**, scroll down and pick **API Integration**.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].items[2]</extracomment>
        <translation>Klicken Sie auf **New Integration**, scrollen Sie nach unten und wählen Sie **API Integration**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="224"/>
        <source>Set up the integration</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Die Integration einrichten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="226"/>
        <source>Fill in the API Integration dialog.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Füllen Sie den Dialog „API Integration“ aus.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="228"/>
        <source>For **Integration Type**, choose &quot;I&apos;m developing a custom integration&quot;.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Wählen Sie bei **Integration Type** „I&apos;m developing a custom integration“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="230"/>
        <source>Give it a clear **Integration Name**, such as &quot;Keylink&quot;.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>Geben Sie ihr einen klaren **Integration Name**, etwa „Keylink“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="232"/>
        <source>For **API Version**, choose &quot;2024-09 and newer&quot;.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].items[2]</extracomment>
        <translation>Wählen Sie bei **API Version** „2024-09 and newer“.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="234"/>
        <source>Click **CONNECT**.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].items[3]</extracomment>
        <translation>Klicken Sie auf **CONNECT**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="236"/>
        <source>Choose scopes and copy a token</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].title</extracomment>
        <translation>Scopes wählen und ein Token kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="238"/>
        <source>The new integration has an access token for production and one for the sandbox.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Die neue Integration hat ein Zugriffstoken für die Produktion und eines für die Sandbox.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="240"/>
        <source>Expand **Access Token** under both **Production** and **Sandbox** to see the two tokens.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].items[0]</extracomment>
        <translation>Klappen Sie **Access Token** unter **Production** und unter **Sandbox** auf, um die beiden Tokens zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="242"/>
        <source>A production token starts with prod_, a sandbox token with sand_.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].items[1]</extracomment>
        <translation>Ein Produktionstoken beginnt mit prod_, ein Sandbox-Token mit sand_.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="244"/>
        <source>Under **Standard Scopes**, switch on the scopes listed here. Every scope is on by default.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].items[2]</extracomment>
        <translation>Schalten Sie unter **Standard Scopes** die hier aufgeführten Scopes ein. Standardmäßig ist jeder Scope eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="246"/>
        <source>Copy the token for the environment you want, and keep it safe: it signs every request.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].items[3]</extracomment>
        <translation>Kopieren Sie das Token für die gewünschte Umgebung und bewahren Sie es sicher auf: Es signiert jede Anfrage.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="248"/>
        <source>OAuth 2 partner application</source>
        <extracomment>easyship.json $.authMethods[1].label</extracomment>
        <translation>OAuth-2-Partneranwendung</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="250"/>
        <source>A partner application&apos;s client id and secret, exchanged for access tokens that Keylink refreshes for you.</source>
        <extracomment>easyship.json $.authMethods[1].description</extracomment>
        <translation>Client-ID und Secret einer Partneranwendung, eingetauscht gegen Zugriffstokens, die Keylink für Sie erneuert.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="252"/>
        <source>The scopes Keylink asks for must be allowed on the partner application in the Easyship dashboard.</source>
        <extracomment>easyship.json $.authMethods[1].warnings[0]</extracomment>
        <translation>Die Berechtigungen, die Keylink anfordert, müssen für die Partneranwendung im Easyship-Dashboard erlaubt sein.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="254"/>
        <source>Client ID</source>
        <extracomment>easyship.json $.authMethods[1].fields[0].label</extracomment>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="256"/>
        <source>The client ID has no spaces.</source>
        <extracomment>easyship.json $.authMethods[1].fields[0].patternMessage</extracomment>
        <translation>Die Client-ID enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="258"/>
        <source>From your partner application in the Easyship dashboard.</source>
        <extracomment>easyship.json $.authMethods[1].fields[0].hint</extracomment>
        <translation>Aus Ihrer Partneranwendung im Easyship-Dashboard.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="260"/>
        <source>Client Secret</source>
        <extracomment>easyship.json $.authMethods[1].fields[1].label</extracomment>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="262"/>
        <source>The client secret has no spaces.</source>
        <extracomment>easyship.json $.authMethods[1].fields[1].patternMessage</extracomment>
        <translation>Das Client-Secret enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="264"/>
        <source>Public API 2024-09 and newer</source>
        <extracomment>easyship.json $.authMethods[1].scopeFamilies[0].label</extracomment>
        <translation>Public API 2024-09 und neuer</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="266"/>
        <source>Public API 2023-01 and older</source>
        <extracomment>easyship.json $.authMethods[1].scopeFamilies[1].label</extracomment>
        <translation>Public API 2023-01 und älter</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="268"/>
        <source>An OAuth 2 application supports only one type of API scopes: the scopes introduced with Public API 2024-09 and the older ones can never be mixed on a single application.</source>
        <extracomment>easyship.json $.authMethods[1].exclusiveScopeFamiliesReason</extracomment>
        <translation>Eine OAuth-2-Anwendung unterstützt nur eine Art von API-Scopes: Die mit Public API 2024-09 eingeführten Scopes und die älteren können in einer Anwendung nie gemischt werden.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="270"/>
        <source>Addresses API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[0].description</extracomment>
        <translation>Adressen-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="272"/>
        <source>Address Validations API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[1].description</extracomment>
        <translation>Adressprüfungs-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="274"/>
        <source>Analytics API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[2].description</extracomment>
        <translation>Analyse-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="276"/>
        <source>Assets API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[3].description</extracomment>
        <translation>Datei-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="278"/>
        <source>Batches API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[4].description</extracomment>
        <translation>Stapel-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="280"/>
        <source>Billing Documents API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[5].description</extracomment>
        <translation>Abrechnungsdokumente-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="282"/>
        <source>Boxes API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[6].description</extracomment>
        <translation>Kartons-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="284"/>
        <source>Couriers API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[7].description</extracomment>
        <translation>Versanddienstleister-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="286"/>
        <source>Courier Accounts</source>
        <extracomment>easyship.json $.authMethods[1].scopes[8].group</extracomment>
        <translation>Versanddienstleister-Konten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="288"/>
        <source>Courier Accounts API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[8].description</extracomment>
        <translation>Versanddienstleister-Konten-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="290"/>
        <source>Credits API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[9].description</extracomment>
        <translation>Guthaben-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="292"/>
        <source>Custom Markup Rates</source>
        <extracomment>easyship.json $.authMethods[1].scopes[10].group</extracomment>
        <translation>Eigene Tarifaufschläge</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="294"/>
        <source>Custom Markup Rates API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[10].description</extracomment>
        <translation>API für eigene Tarifaufschläge (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="296"/>
        <source>E-Fulfillment API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[11].description</extracomment>
        <translation>E-Fulfillment-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="298"/>
        <source>Hs Codes API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[12].description</extracomment>
        <translation>HS-Codes-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="300"/>
        <source>Labels API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[13].description</extracomment>
        <translation>Etiketten-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="302"/>
        <source>Locations API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[14].description</extracomment>
        <translation>Standorte-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="304"/>
        <source>Manifests API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[15].description</extracomment>
        <translation>Manifeste-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="306"/>
        <source>Payments API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[16].description</extracomment>
        <translation>Zahlungen-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="308"/>
        <source>Payment Sources API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[17].description</extracomment>
        <translation>Zahlungsquellen-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="310"/>
        <source>Pickups API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[18].description</extracomment>
        <translation>Abholungen-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="312"/>
        <source>Products API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[19].description</extracomment>
        <translation>Produkte-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="314"/>
        <source>Rates API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[20].description</extracomment>
        <translation>Tarife-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="316"/>
        <source>References API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[21].description</extracomment>
        <translation>Referenzdaten-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="318"/>
        <source>Settings API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[22].description</extracomment>
        <translation>Einstellungen-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="320"/>
        <source>Shipments API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[23].description</extracomment>
        <translation>Sendungen-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="322"/>
        <source>Shipment Documents API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[24].description</extracomment>
        <translation>Versanddokumente-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="324"/>
        <source>Shipping Rules API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[25].description</extracomment>
        <translation>Versandregeln-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="326"/>
        <source>Stores API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[26].description</extracomment>
        <translation>Shops-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="328"/>
        <source>Tags API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[27].description</extracomment>
        <translation>Tags-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="330"/>
        <source>Tax And Duties API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[28].description</extracomment>
        <translation>Steuern-und-Zölle-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="332"/>
        <source>Tracks API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[29].description</extracomment>
        <translation>Sendungsverfolgungs-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="334"/>
        <source>Track 3ps API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[30].description</extracomment>
        <translation>API für Verfolgung über Dritte (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="336"/>
        <source>Transaction Records API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[31].description</extracomment>
        <translation>Transaktionsbelege-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="338"/>
        <source>Webhooks API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[32].description</extracomment>
        <translation>Webhooks-API (2023-01 und älter)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="340"/>
        <source>Connect your Easyship partner application</source>
        <extracomment>easyship.json $.authMethods[1].guide.title</extracomment>
        <translation>Ihre Easyship-Partneranwendung verbinden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="342"/>
        <source>Use your partner application</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].title</extracomment>
        <translation>Ihre Partneranwendung verwenden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="344"/>
        <source>Keylink exchanges the application&apos;s client ID and secret for access tokens at Easyship&apos;s token endpoint.</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].intro</extracomment>
        <translation>Keylink tauscht Client-ID und Secret der Anwendung am Token-Endpunkt von Easyship gegen Zugriffstokens.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="346"/>
        <source>Collect the client credentials</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].steps[0].title</extracomment>
        <translation>Die Client-Zugangsdaten holen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="348"/>
        <source>Open your partner application in the Easyship dashboard and copy its **Client ID** and **Client Secret**.</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].steps[0].text</extracomment>
        <translation>Öffnen Sie Ihre Partneranwendung im Easyship-Dashboard und kopieren Sie ihre **Client ID** und ihr **Client Secret**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="350"/>
        <source>Allow the scopes</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].steps[1].title</extracomment>
        <translation>Die Scopes erlauben</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="352"/>
        <source>The scopes Keylink asks for must be allowed on the application. Allow the ones listed here, all from one family.</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].steps[1].text</extracomment>
        <translation>Die Scopes, die Keylink anfragt, müssen für die Anwendung erlaubt sein. Erlauben Sie die hier aufgeführten, alle aus einer Familie.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="354"/>
        <source>Shared inboxes for customer email, chat and SMS</source>
        <extracomment>front.json $.description</extracomment>
        <translation>Gemeinsame Postfächer für Kunden-E-Mail, Chat und SMS</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="356"/>
        <source>You need a Front account that is allowed to create API tokens.</source>
        <extracomment>front.json $.warnings[0]</extracomment>
        <translation>Sie brauchen ein Front-Konto, das API-Tokens erstellen darf.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="358"/>
        <source>Per company: 50, 100 or 200 requests a minute depending on the plan, in bursts of at most 5 a second per resource.</source>
        <extracomment>front.json $.api.rateLimit.summary</extracomment>
        <translation>Pro Unternehmen: je nach Tarif 50, 100 oder 200 Anfragen pro Minute, in Schüben von höchstens 5 pro Sekunde und Ressource.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="360"/>
        <source>Front API tokens are JWTs whose payload carries scope claims such as shared:* and private:*, but how those claims map to resource permissions is not documented. Keylink never trusts them: it probes an endpoint per scope instead.</source>
        <extracomment>front.json $.unconfirmed[0].guess</extracomment>
        <translation>Front-API-Tokens sind JWTs, deren Nutzdaten Scope-Angaben wie shared:* und private:* tragen, aber wie diese Angaben auf Ressourcenberechtigungen abgebildet werden, ist nicht dokumentiert. Keylink vertraut ihnen nie: Es prüft stattdessen pro Scope einen Endpunkt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="362"/>
        <source>API token</source>
        <extracomment>front.json $.authMethods[0].label</extracomment>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="364"/>
        <source>A token you create in Front&apos;s developer settings, with the resource permissions you choose.</source>
        <extracomment>front.json $.authMethods[0].description</extracomment>
        <translation>Ein Token, das Sie in den Entwicklereinstellungen von Front erstellen, mit den Ressourcenberechtigungen Ihrer Wahl.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="366"/>
        <source>API Token</source>
        <extracomment>front.json $.authMethods[0].fields[0].label</extracomment>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="368"/>
        <source>A Front API token is a JWT: three parts of letters, digits, - and _ joined by dots.</source>
        <extracomment>front.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Front-API-Token ist ein JWT: drei Teile aus Buchstaben, Ziffern, - und _, durch Punkte verbunden.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="370"/>
        <source>Shown once, right after you create the token in Front.</source>
        <extracomment>front.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Wird einmal angezeigt, direkt nachdem Sie das Token in Front erstellt haben.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="372"/>
        <source>Accounts</source>
        <extracomment>front.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="374"/>
        <source>Read accounts, the companies your contacts belong to</source>
        <extracomment>front.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Accounts lesen, die Unternehmen, zu denen Ihre Kontakte gehören</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="376"/>
        <source>Create and update accounts</source>
        <extracomment>front.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Accounts anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="378"/>
        <source>Delete accounts</source>
        <extracomment>front.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Accounts löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="380"/>
        <source>Channels</source>
        <extracomment>front.json $.authMethods[0].scopes[3].group</extracomment>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="382"/>
        <source>Read channels, the addresses that receive messages</source>
        <extracomment>front.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Kanäle lesen, die Adressen, die Nachrichten empfangen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="384"/>
        <source>Update channels</source>
        <extracomment>front.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Kanäle ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="386"/>
        <source>Comments</source>
        <extracomment>front.json $.authMethods[0].scopes[5].group</extracomment>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="388"/>
        <source>Read internal comments on conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Interne Kommentare zu Konversationen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="390"/>
        <source>Add internal comments to conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Interne Kommentare zu Konversationen hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="392"/>
        <source>Contacts</source>
        <extracomment>front.json $.authMethods[0].scopes[7].group</extracomment>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="394"/>
        <source>Read contacts, their handles and notes</source>
        <extracomment>front.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Kontakte, ihre Handles und Notizen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="396"/>
        <source>Create and update contacts, handles and notes</source>
        <extracomment>front.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Kontakte, Handles und Notizen anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="398"/>
        <source>Delete contacts</source>
        <extracomment>front.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="400"/>
        <source>Conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[10].group</extracomment>
        <translation>Konversationen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="402"/>
        <source>Read and search conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Konversationen lesen und durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="404"/>
        <source>Update conversations, tags, followers and assignees</source>
        <extracomment>front.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Konversationen, Tags, Follower und Zuständige ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="406"/>
        <source>Delete conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Konversationen löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="408"/>
        <source>Drafts</source>
        <extracomment>front.json $.authMethods[0].scopes[13].group</extracomment>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="410"/>
        <source>Create message drafts</source>
        <extracomment>front.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Nachrichtenentwürfe anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="412"/>
        <source>Events</source>
        <extracomment>front.json $.authMethods[0].scopes[14].group</extracomment>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="414"/>
        <source>Read the activity events of conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Die Aktivitätsereignisse von Konversationen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="416"/>
        <source>Inboxes</source>
        <extracomment>front.json $.authMethods[0].scopes[15].group</extracomment>
        <translation>Postfächer</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="418"/>
        <source>Read inboxes and their channels and conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Postfächer, ihre Kanäle und Konversationen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="420"/>
        <source>Create inboxes</source>
        <extracomment>front.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Postfächer anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="422"/>
        <source>Messages</source>
        <extracomment>front.json $.authMethods[0].scopes[17].group</extracomment>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="424"/>
        <source>Read the messages of conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>Die Nachrichten von Konversationen lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="426"/>
        <source>Write messages (none of the listed actions needs it)</source>
        <extracomment>front.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>Nachrichten schreiben (keine der aufgeführten Aktionen braucht das)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="428"/>
        <source>Send messages and replies</source>
        <extracomment>front.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Nachrichten und Antworten senden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="430"/>
        <source>Read tags and the conversations they mark</source>
        <extracomment>front.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Tags und die Konversationen lesen, die sie markieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="432"/>
        <source>Create and update tags</source>
        <extracomment>front.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>Tags anlegen und ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="434"/>
        <source>Delete tags</source>
        <extracomment>front.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>Tags löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="436"/>
        <source>Teammates</source>
        <extracomment>front.json $.authMethods[0].scopes[23].group</extracomment>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="438"/>
        <source>Read teammates</source>
        <extracomment>front.json $.authMethods[0].scopes[23].description</extracomment>
        <translation>Teammitglieder lesen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="440"/>
        <source>Update teammates</source>
        <extracomment>front.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Teammitglieder ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="442"/>
        <source>List Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[0].label</extracomment>
        <translation>Konversationen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="444"/>
        <source>Get Conversation</source>
        <extracomment>front.json $.authMethods[0].actions[1].label</extracomment>
        <translation>Konversation abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="446"/>
        <source>Update Conversation</source>
        <extracomment>front.json $.authMethods[0].actions[2].label</extracomment>
        <translation>Konversation ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="448"/>
        <source>Update Conversation Assignee</source>
        <extracomment>front.json $.authMethods[0].actions[3].label</extracomment>
        <translation>Zuständige der Konversation ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="450"/>
        <source>List Conversation Messages</source>
        <extracomment>front.json $.authMethods[0].actions[4].label</extracomment>
        <translation>Nachrichten der Konversation auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="452"/>
        <source>List Conversation Comments</source>
        <extracomment>front.json $.authMethods[0].actions[5].label</extracomment>
        <translation>Kommentare der Konversation auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="454"/>
        <source>Add Conversation Comment</source>
        <extracomment>front.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Kommentar zur Konversation hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="456"/>
        <source>Add Conversation Tag</source>
        <extracomment>front.json $.authMethods[0].actions[7].label</extracomment>
        <translation>Tag zur Konversation hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="458"/>
        <source>Remove Conversation Tag</source>
        <extracomment>front.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Tag von der Konversation entfernen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="460"/>
        <source>List Conversation Followers</source>
        <extracomment>front.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Follower der Konversation auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="462"/>
        <source>Add Conversation Followers</source>
        <extracomment>front.json $.authMethods[0].actions[10].label</extracomment>
        <translation>Follower zur Konversation hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="464"/>
        <source>Search Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[11].label</extracomment>
        <translation>Konversationen durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="466"/>
        <source>Delete Conversation</source>
        <extracomment>front.json $.authMethods[0].actions[12].label</extracomment>
        <translation>Konversation löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="468"/>
        <source>List Contacts</source>
        <extracomment>front.json $.authMethods[0].actions[13].label</extracomment>
        <translation>Kontakte auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="470"/>
        <source>Get Contact</source>
        <extracomment>front.json $.authMethods[0].actions[14].label</extracomment>
        <translation>Kontakt abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="472"/>
        <source>Create Contact</source>
        <extracomment>front.json $.authMethods[0].actions[15].label</extracomment>
        <translation>Kontakt anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="474"/>
        <source>Update Contact</source>
        <extracomment>front.json $.authMethods[0].actions[16].label</extracomment>
        <translation>Kontakt ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="476"/>
        <source>Delete Contact</source>
        <extracomment>front.json $.authMethods[0].actions[17].label</extracomment>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="478"/>
        <source>List Contact Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[18].label</extracomment>
        <translation>Konversationen des Kontakts auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="480"/>
        <source>Add Contact Handle</source>
        <extracomment>front.json $.authMethods[0].actions[19].label</extracomment>
        <translation>Handle zum Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="482"/>
        <source>Add Contact Note</source>
        <extracomment>front.json $.authMethods[0].actions[20].label</extracomment>
        <translation>Notiz zum Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="484"/>
        <source>List Teammates</source>
        <extracomment>front.json $.authMethods[0].actions[21].label</extracomment>
        <translation>Teammitglieder auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="486"/>
        <source>Get Teammate</source>
        <extracomment>front.json $.authMethods[0].actions[22].label</extracomment>
        <translation>Teammitglied abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="488"/>
        <source>Update Teammate</source>
        <extracomment>front.json $.authMethods[0].actions[23].label</extracomment>
        <translation>Teammitglied ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="490"/>
        <source>List Inboxes</source>
        <extracomment>front.json $.authMethods[0].actions[24].label</extracomment>
        <translation>Postfächer auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="492"/>
        <source>Get Inbox</source>
        <extracomment>front.json $.authMethods[0].actions[25].label</extracomment>
        <translation>Postfach abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="494"/>
        <source>List Inbox Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[26].label</extracomment>
        <translation>Konversationen des Postfachs auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="496"/>
        <source>List Inbox Channels</source>
        <extracomment>front.json $.authMethods[0].actions[27].label</extracomment>
        <translation>Kanäle des Postfachs auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="498"/>
        <source>Create Inbox</source>
        <extracomment>front.json $.authMethods[0].actions[28].label</extracomment>
        <translation>Postfach anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="500"/>
        <source>List Channels</source>
        <extracomment>front.json $.authMethods[0].actions[29].label</extracomment>
        <translation>Kanäle auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="502"/>
        <source>Get Channel</source>
        <extracomment>front.json $.authMethods[0].actions[30].label</extracomment>
        <translation>Kanal abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="504"/>
        <source>Update Channel</source>
        <extracomment>front.json $.authMethods[0].actions[31].label</extracomment>
        <translation>Kanal ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="506"/>
        <source>Send Message</source>
        <extracomment>front.json $.authMethods[0].actions[32].label</extracomment>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="508"/>
        <source>List Tags</source>
        <extracomment>front.json $.authMethods[0].actions[33].label</extracomment>
        <translation>Tags auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="510"/>
        <source>Get Tag</source>
        <extracomment>front.json $.authMethods[0].actions[34].label</extracomment>
        <translation>Tag abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="512"/>
        <source>Create Tag</source>
        <extracomment>front.json $.authMethods[0].actions[35].label</extracomment>
        <translation>Tag anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="514"/>
        <source>Update Tag</source>
        <extracomment>front.json $.authMethods[0].actions[36].label</extracomment>
        <translation>Tag ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="516"/>
        <source>Delete Tag</source>
        <extracomment>front.json $.authMethods[0].actions[37].label</extracomment>
        <translation>Tag löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="518"/>
        <source>List Tagged Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[38].label</extracomment>
        <translation>Getaggte Konversationen auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="520"/>
        <source>List Child Tags</source>
        <extracomment>front.json $.authMethods[0].actions[39].label</extracomment>
        <translation>Untergeordnete Tags auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="522"/>
        <source>Create Child Tag</source>
        <extracomment>front.json $.authMethods[0].actions[40].label</extracomment>
        <translation>Untergeordnetes Tag anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="524"/>
        <source>List Accounts</source>
        <extracomment>front.json $.authMethods[0].actions[41].label</extracomment>
        <translation>Accounts auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="526"/>
        <source>Get Account</source>
        <extracomment>front.json $.authMethods[0].actions[42].label</extracomment>
        <translation>Account abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="528"/>
        <source>Create Account</source>
        <extracomment>front.json $.authMethods[0].actions[43].label</extracomment>
        <translation>Account anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="530"/>
        <source>Update Account</source>
        <extracomment>front.json $.authMethods[0].actions[44].label</extracomment>
        <translation>Account ändern</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="532"/>
        <source>Delete Account</source>
        <extracomment>front.json $.authMethods[0].actions[45].label</extracomment>
        <translation>Account löschen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="534"/>
        <source>List Account Contacts</source>
        <extracomment>front.json $.authMethods[0].actions[46].label</extracomment>
        <translation>Kontakte des Accounts auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="536"/>
        <source>List Events</source>
        <extracomment>front.json $.authMethods[0].actions[47].label</extracomment>
        <translation>Ereignisse auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="538"/>
        <source>Get Event</source>
        <extracomment>front.json $.authMethods[0].actions[48].label</extracomment>
        <translation>Ereignis abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="540"/>
        <source>List Conversation Events</source>
        <extracomment>front.json $.authMethods[0].actions[49].label</extracomment>
        <translation>Ereignisse der Konversation auflisten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="542"/>
        <source>Get Message</source>
        <extracomment>front.json $.authMethods[0].actions[50].label</extracomment>
        <translation>Nachricht abrufen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="544"/>
        <source>Create Draft</source>
        <extracomment>front.json $.authMethods[0].actions[51].label</extracomment>
        <translation>Entwurf anlegen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="546"/>
        <source>Create the Front API token</source>
        <extracomment>front.json $.authMethods[0].guide.title</extracomment>
        <translation>Den Front-API-Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="548"/>
        <source>Create an API token</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Ein API-Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="550"/>
        <source>The token is created in Front&apos;s company settings; Front shows it only once.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Das Token wird in den Unternehmenseinstellungen von Front erstellt; Front zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="552"/>
        <source>Open the developer settings</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Die Entwicklereinstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="554"/>
        <source>Sign in to Front and go to the company&apos;s developer settings.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei Front an und gehen Sie zu den Entwicklereinstellungen des Unternehmens.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="556"/>
        <source>Sign in to Front</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Bei Front anmelden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="558"/>
        <source>In the left sidebar, choose **Settings**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Wählen Sie in der linken Seitenleiste **Settings**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="560"/>
        <source>At the top of the sidebar, click the company icon.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Klicken Sie oben in der Seitenleiste auf das Unternehmenssymbol.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="562"/>
        <source>Under **Integrations**, open **Developers**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].items[2]</extracomment>
        <translation>Öffnen Sie unter **Integrations** den Punkt **Developers**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="564"/>
        <source>Start a new token</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Ein neues Token beginnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="566"/>
        <source>Open the **API tokens** tab and click **Create API token**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Öffnen Sie den Tab **API tokens** und klicken Sie auf **Create API token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="568"/>
        <source>Give the token a name you will recognise later, such as &quot;Keylink&quot;, then click **Continue**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Geben Sie dem Token einen Namen, den Sie später wiedererkennen, etwa „Keylink“, und klicken Sie dann auf **Continue**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="570"/>
        <source>Under **Feature access**, switch on **Access resources**, then click **Continue**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>Schalten Sie unter **Feature access** die Option **Access resources** ein und klicken Sie dann auf **Continue**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="572"/>
        <source>Under **Namespace access**, choose what the token may reach, then click **Continue**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].items[2]</extracomment>
        <translation>Wählen Sie unter **Namespace access**, worauf das Token zugreifen darf, und klicken Sie dann auf **Continue**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="574"/>
        <source>Choose the resource permissions</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[2].title</extracomment>
        <translation>Die Ressourcenberechtigungen wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="576"/>
        <source>Under **Resource permissions**, switch on each scope listed here. They are the scopes the actions you picked need.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Schalten Sie unter **Resource permissions** jeden hier aufgeführten Scope ein. Es sind die Scopes, die Ihre gewählten Aktionen brauchen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="578"/>
        <source>Create the token and copy it</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[3].title</extracomment>
        <translation>Das Token erstellen und kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="580"/>
        <source>Click **Create**, then open the token you just made.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[3].text</extracomment>
        <translation>Klicken Sie auf **Create** und öffnen Sie dann das gerade erstellte Token.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="582"/>
        <source>Copy the **API token** now: Front shows it only once.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[3].items[0]</extracomment>
        <translation>Kopieren Sie das **API token** jetzt: Front zeigt es nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="584"/>
        <source>Contracts you create, sign and manage in one place</source>
        <extracomment>oneflow.json $.description</extracomment>
        <translation>Verträge, die Sie an einem Ort erstellen, unterschreiben und verwalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="586"/>
        <source>No rate limit is documented; Keylink waits as long as a Retry-After header asks.</source>
        <extracomment>oneflow.json $.api.rateLimit.summary</extracomment>
        <translation>Es ist kein Ratenlimit dokumentiert; Keylink wartet so lange, wie ein Retry-After-Header verlangt.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="588"/>
        <source>How Oneflow answers a wrong or inactive user email is not documented. Keylink lists the account&apos;s users (GET /v1/users, paginated, user objects with email and active) and looks for an active user with that email.</source>
        <extracomment>oneflow.json $.unconfirmed[0].guess</extracomment>
        <translation>Wie Oneflow auf eine falsche oder inaktive Benutzer-E-Mail antwortet, ist nicht dokumentiert. Keylink listet die Benutzer des Kontos auf (GET /v1/users, seitenweise, Benutzerobjekte mit email und active) und sucht einen aktiven Benutzer mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="590"/>
        <source>API token and user email</source>
        <extracomment>oneflow.json $.authMethods[0].label</extracomment>
        <translation>API-Token und Benutzer-E-Mail</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="592"/>
        <source>A token from Oneflow&apos;s Custom Integration, used on behalf of one active user.</source>
        <extracomment>oneflow.json $.authMethods[0].description</extracomment>
        <translation>Ein Token aus der Custom Integration von Oneflow, verwendet im Namen eines aktiven Benutzers.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="594"/>
        <source>A Oneflow API token is exactly 40 characters: letters, digits and hyphens.</source>
        <extracomment>oneflow.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Ein Oneflow-API-Token ist genau 40 Zeichen lang: Buchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="596"/>
        <source>Shown once, when you generate it in the Custom Integration.</source>
        <extracomment>oneflow.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Wird einmal angezeigt, wenn Sie es in der Custom Integration erzeugen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="598"/>
        <source>User Email</source>
        <extracomment>oneflow.json $.authMethods[0].fields[1].label</extracomment>
        <translation>Benutzer-E-Mail</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="600"/>
        <source>Enter an email address, such as name@example.com.</source>
        <extracomment>oneflow.json $.authMethods[0].fields[1].patternMessage</extracomment>
        <translation>Geben Sie eine E-Mail-Adresse ein, etwa name@example.com.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="602"/>
        <source>An active user of the same Oneflow account; requests run with that user&apos;s permissions.</source>
        <extracomment>oneflow.json $.authMethods[0].fields[1].hint</extracomment>
        <translation>Ein aktiver Benutzer desselben Oneflow-Kontos; Anfragen laufen mit den Berechtigungen dieses Benutzers.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="604"/>
        <source>Create the Oneflow API token</source>
        <extracomment>oneflow.json $.authMethods[0].guide.title</extracomment>
        <translation>Den Oneflow-API-Token erstellen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="606"/>
        <source>Enable the Custom Integration</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Die Custom Integration aktivieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="608"/>
        <source>Oneflow hands out API tokens through its Custom Integration, so switch it on for your account first.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Oneflow gibt API-Tokens über seine Custom Integration aus; schalten Sie sie also zuerst für Ihr Konto ein.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="610"/>
        <source>Find the Custom Integration</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Die Custom Integration finden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="612"/>
        <source>Sign in to your Oneflow account.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Melden Sie sich bei Ihrem Oneflow-Konto an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="614"/>
        <source>Sign in to Oneflow</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Bei Oneflow anmelden</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="616"/>
        <source>In the left sidebar, open **Marketplace**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Öffnen Sie in der linken Seitenleiste **Marketplace**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="618"/>
        <source>Scroll down to the **Workflow** section.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Scrollen Sie nach unten zum Abschnitt **Workflow**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="620"/>
        <source>On the right, click **Custom Integration**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].items[2]</extracomment>
        <translation>Klicken Sie rechts auf **Custom Integration**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="622"/>
        <source>Switch it on</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="624"/>
        <source>Turn the Custom Integration on for your account.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Schalten Sie die Custom Integration für Ihr Konto ein.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="626"/>
        <source>Click **Enable**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Klicken Sie auf **Enable**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="628"/>
        <source>Generate the API token</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Das API-Token erzeugen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="630"/>
        <source>Tokens are made inside the Custom Integration. Oneflow shows a new token only once.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].intro</extracomment>
        <translation>Tokens werden in der Custom Integration erzeugt. Oneflow zeigt ein neues Token nur einmal an.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="632"/>
        <source>Open the API tokens</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Die API-Tokens öffnen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="634"/>
        <source>In the left sidebar, go to **Admin** &gt; **Integrations** and open **Custom Integration**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Gehen Sie in der linken Seitenleiste zu **Admin** &gt; **Integrations** und öffnen Sie **Custom Integration**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="636"/>
        <source>Switch to the **API Tokens** tab.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[0].items[0]</extracomment>
        <translation>Wechseln Sie zum Tab **API Tokens**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="638"/>
        <source>Generate a token</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].title</extracomment>
        <translation>Ein Token erzeugen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="640"/>
        <source>Make a token for Keylink.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].text</extracomment>
        <translation>Erzeugen Sie ein Token für Keylink.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="642"/>
        <source>Click **Generate a new token**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].items[0]</extracomment>
        <translation>Klicken Sie auf **Generate a new token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="644"/>
        <source>Type a name for it; a name is required (for example &quot;Keylink&quot;).</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].items[1]</extracomment>
        <translation>Geben Sie einen Namen ein; ein Name ist Pflicht (zum Beispiel „Keylink“).</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="646"/>
        <source>Click **Confirm**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].items[2]</extracomment>
        <translation>Klicken Sie auf **Confirm**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="648"/>
        <source>Copy the token</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[2].title</extracomment>
        <translation>Das Token kopieren</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="650"/>
        <source>Oneflow now shows the token, once.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[2].text</extracomment>
        <translation>Oneflow zeigt das Token jetzt an, ein einziges Mal.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="652"/>
        <source>It is 40 characters long: letters, digits and hyphens.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[2].items[0]</extracomment>
        <translation>Es ist 40 Zeichen lang: Buchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="654"/>
        <source>Copy it now and keep it somewhere safe until you paste it into Keylink.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[2].items[1]</extracomment>
        <translation>Kopieren Sie es jetzt und bewahren Sie es sicher auf, bis Sie es in Keylink einfügen.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="656"/>
        <source>Choose the user email</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].title</extracomment>
        <translation>Die Benutzer-E-Mail wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="658"/>
        <source>Every request Keylink makes runs as one Oneflow user, named by email address.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].intro</extracomment>
        <translation>Jede Anfrage von Keylink läuft als ein Oneflow-Benutzer, benannt durch seine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="660"/>
        <source>Pick the user</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].steps[0].title</extracomment>
        <translation>Den Benutzer wählen</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="662"/>
        <source>Usually this is the address you sign in to Oneflow with.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].steps[0].text</extracomment>
        <translation>Meist ist das die Adresse, mit der Sie sich bei Oneflow anmelden.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="664"/>
        <source>Any other user works too, as long as the user is active in the same Oneflow account.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].steps[0].items[0]</extracomment>
        <translation>Jeder andere Benutzer geht auch, solange er im selben Oneflow-Konto aktiv ist.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="666"/>
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
        <location filename="../ui/ConnectPage.ui" line="114"/>
        <source>What to do next</source>
        <translation>Was als Nächstes zu tun ist</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="124"/>
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
        <location filename="../ui/ConnectPage.ui" line="89"/>
        <location filename="../ui/ConnectPage.ui" line="99"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="107"/>
        <source>What went wrong</source>
        <translation>Was schiefgelaufen ist</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="122"/>
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
        <location filename="../ui/MainWindow.ui" line="283"/>
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
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="248"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="259"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="291"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="299"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="307"/>
        <source>Verify &amp;all</source>
        <translation>&amp;Alle prüfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="315"/>
        <source>&amp;Relink…</source>
        <translation>&amp;Neu verknüpfen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="320"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="328"/>
        <source>&amp;Copy account id</source>
        <translation>Konto-ID &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="336"/>
        <source>Open provider’s &amp;dashboard</source>
        <translation>&amp;Dashboard des Anbieters öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="341"/>
        <source>&amp;Unlink…</source>
        <translation>&amp;Trennen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="349"/>
        <source>&amp;Filter accounts</source>
        <translation>Konten &amp;filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="357"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="368"/>
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
        <source>Start-up</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="72"/>
        <source>&amp;Verify all accounts when Keylink starts</source>
        <translation>Alle Konten beim Start von Keylink &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="75"/>
        <source>Checks every linked account with its provider each time the window opens</source>
        <translation>Prüft jedes verknüpfte Konto bei seinem Anbieter, wann immer das Fenster öffnet</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="85"/>
        <location filename="../ui/SettingsDialog.ui" line="124"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="91"/>
        <source>Keylink uses your system&apos;s proxy settings; on Linux these are the https_proxy, http_proxy and no_proxy environment variables. Change them there. In use now:</source>
        <translation>Keylink verwendet die Proxy-Einstellungen Ihres Systems; unter Linux sind das die Umgebungsvariablen https_proxy, http_proxy und no_proxy. Ändern Sie sie dort. Derzeit verwendet:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="101"/>
        <source>Proxy in use per provider</source>
        <translation>Verwendeter Proxy je Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="104"/>
        <source>For each provider address, the proxy your system configuration gives Keylink</source>
        <translation>Für jede Anbieteradresse der Proxy, den Ihre Systemkonfiguration Keylink vorgibt</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="114"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="119"/>
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
    <name>keylink::Account</name>
    <message>
        <location filename="../src/engine/store/Account.cpp" line="82"/>
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
        <location filename="../src/gui/accounts/AccountDelegate.cpp" line="105"/>
        <source>verified %1</source>
        <translation>geprüft %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDelegate.cpp" line="105"/>
        <source>never verified</source>
        <translation>nie geprüft</translation>
    </message>
</context>
<context>
    <name>keylink::AccountDetailsView</name>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="51"/>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="52"/>
        <source>Everything Keylink knows about the selected account, except its secret</source>
        <translation>Alles, was Keylink über das ausgewählte Konto weiß, außer seinem Geheimnis</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="124"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="124"/>
        <source>Check the account with its provider again</source>
        <translation>Das Konto erneut beim Anbieter prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="127"/>
        <source>Relink…</source>
        <translation>Neu verknüpfen …</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="127"/>
        <source>Enter new credentials for this account, keeping it</source>
        <translation>Neue Zugangsdaten für dieses Konto eingeben; das Konto bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="130"/>
        <source>Open dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="130"/>
        <source>Open the provider&apos;s dashboard in your browser</source>
        <translation>Das Dashboard des Anbieters im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="135"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="147"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="153"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="154"/>
        <source>Kept in the system keychain, never in a file. Keylink shows it to no one; use Relink to replace it.</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. Keylink zeigt es niemandem; ersetzen Sie es mit „Neu verknüpfen“.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="161"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="166"/>
        <source>Shows the account id and the keychain entry</source>
        <translation>Zeigt die Konto-ID und den Schlüsselbundeintrag</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="188"/>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="281"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="189"/>
        <source>Copy the account id to the clipboard</source>
        <translation>Die Konto-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="193"/>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="196"/>
        <source>Keychain entry</source>
        <translation>Schlüsselbundeintrag</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="200"/>
        <source>service “%1”, named by the account id</source>
        <translation>Dienst „%1“, benannt nach der Konto-ID</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="232"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="232"/>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="233"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="234"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="246"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="247"/>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="248"/>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="250"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="251"/>
        <source>expires %1; Keylink refreshes it before use</source>
        <translation>läuft %1 ab; Keylink erneuert ihn vor der Verwendung</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="278"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>keylink::AccountListModel</name>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="121"/>
        <source>Checking…</source>
        <translation>Prüfung läuft …</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="123"/>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="126"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="128"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="132"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
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
        <location filename="../src/engine/store/AccountStore.cpp" line="824"/>
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
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="58"/>
        <source>Sign in with %1 in your browser (authorization code)</source>
        <translation>Im Browser bei %1 anmelden (Autorisierungscode)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="59"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="64"/>
        <source>Keylink will get an access token from %1 for the scopes you selected, then check it with %1 (%2).</source>
        <translation>Keylink holt bei %1 ein Zugriffstoken für die gewählten Scopes und prüft es dann bei %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="72"/>
        <source>Nothing is saved until the provider has said yes.</source>
        <translation>Nichts wird gespeichert, bevor der Anbieter zugestimmt hat.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="120"/>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Die Anmeldeseite wird im Browser geöffnet …</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="116"/>
        <source>Asking %1 for an access token…</source>
        <translation>Zugriffstoken wird bei %1 angefordert …</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="129"/>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser …</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="130"/>
        <source>If no browser opened, visit &lt;a href=&quot;%1&quot;&gt;this sign-in page&lt;/a&gt;.</source>
        <translation>Falls sich kein Browser geöffnet hat, besuchen Sie &lt;a href=&quot;%1&quot;&gt;diese Anmeldeseite&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="117"/>
        <source>Checking the credentials with %1…</source>
        <translation>Zugangsdaten werden bei %1 geprüft …</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="68"/>
        <source>Keylink asks %1 (%2) whether these credentials work</source>
        <translation>Keylink fragt %1 (%2), ob diese Zugangsdaten funktionieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="70"/>
        <source>, then checks the %n selected scope(s).</source>
        <translation>
            <numerusform>, dann prüft es die %n ausgewählte Berechtigung.</numerusform>
            <numerusform>, dann prüft es die %n ausgewählten Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="152"/>
        <source>Waiting for your answer…</source>
        <translation>Warte auf Ihre Antwort …</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="156"/>
        <source>Update the linked account?</source>
        <translation>Das verknüpfte Konto aktualisieren?</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="157"/>
        <source>%1 account “%2” is linked already.</source>
        <translation>Das %1-Konto „%2“ ist bereits verknüpft.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="161"/>
        <source>Linking it again replaces its secret in your keychain; nothing else changes.</source>
        <translation>Erneutes Verknüpfen ersetzt sein Geheimnis im Schlüsselbund; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="162"/>
        <source>Linking it again replaces its secret in your keychain and changes this:</source>
        <translation>Erneutes Verknüpfen ersetzt sein Geheimnis im Schlüsselbund und ändert Folgendes:</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="164"/>
        <source>&amp;Update account</source>
        <translation>Konto &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="165"/>
        <source>&amp;Keep it as it is</source>
        <translation>So &amp;belassen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="166"/>
        <source>Save the new credentials and the changes listed over the linked account</source>
        <translation>Die neuen Zugangsdaten und die aufgeführten Änderungen über das verknüpfte Konto speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="167"/>
        <source>Save nothing; the linked account stays as it was</source>
        <translation>Nichts speichern; das verknüpfte Konto bleibt, wie es war</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="192"/>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="193"/>
        <source>You kept the linked account as it was; nothing was saved.</source>
        <translation>Sie haben das verknüpfte Konto belassen, wie es war; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="194"/>
        <source>To link it with these credentials after all, verify again.</source>
        <translation>Um es doch mit diesen Zugangsdaten zu verknüpfen, prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="201"/>
        <source>%1 said: %2</source>
        <translation>%1 meldete: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="203"/>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="206"/>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="265"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="123"/>
        <source>Saving the secret to your keychain…</source>
        <translation>Das Geheimnis wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="59"/>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="241"/>
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
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="56"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="60"/>
        <source>%1 is not valid: %2</source>
        <translation>%1 ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="71"/>
        <source>%1 must start with %2; this one starts with neither, so Keylink cannot tell which environment it belongs to.</source>
        <translation>%1 muss mit %2 beginnen; dieses beginnt mit keinem davon, daher kann Keylink nicht erkennen, zu welcher Umgebung es gehört.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="73"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="121"/>
        <source>%1 has no scope “%2”.</source>
        <translation>%1 hat keinen Scope „%2“.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="123"/>
        <source>No read-only check is known for this scope, so Keylink cannot confirm it.</source>
        <translation>Für diesen Scope ist keine reine Leseprüfung bekannt, daher kann Keylink ihn nicht bestätigen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="156"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="183"/>
        <source>%1 accepted the credentials but its answer does not say which account they belong to (expected %2 and %3).</source>
        <translation>%1 hat die Zugangsdaten angenommen, aber seine Antwort sagt nicht, zu welchem Konto sie gehören (erwartet: %2 und %3).</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="218"/>
        <source>Keylink could not list the account&apos;s users to confirm %1 (%2); %3 accepted the token, and requests will run as that user.</source>
        <translation>Keylink konnte die Benutzer des Kontos nicht auflisten, um %1 zu bestätigen (%2); %3 hat das Token angenommen, und Anfragen laufen als dieser Benutzer.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="233"/>
        <source>%1&apos;s list of users is not in the documented shape (no %2 array).</source>
        <translation>Die Benutzerliste von %1 hat nicht die dokumentierte Form (kein Array %2).</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="244"/>
        <source>The %1 user %2 is not active. Use the email of an active user in the same %1 account.</source>
        <translation>Der %1-Benutzer %2 ist nicht aktiv. Verwenden Sie die E-Mail-Adresse eines aktiven Benutzers im selben %1-Konto.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="252"/>
        <source>Requests run as %1 (%2).</source>
        <translation>Anfragen laufen als %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="267"/>
        <source>Keylink looked through the first %1 pages of users without finding %2; it did not look further.</source>
        <translation>Keylink hat die ersten %1 Seiten der Benutzer durchsucht, ohne %2 zu finden; weiter hat es nicht gesucht.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="276"/>
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
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="57"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="83"/>
        <source>Stored in your keychain; paste a new one to replace it</source>
        <translation>Im Schlüsselbund gespeichert; fügen Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="109"/>
        <source>%1:</source>
        <comment>form caption: a field&apos;s name</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="137"/>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="137"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="188"/>
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
        <location filename="../src/engine/link/LinkService.cpp" line="46"/>
        <source>%n selected scope(s) missing from the token; the actions that need them will fail.</source>
        <translation>
            <numerusform>%n ausgewählter Scope fehlt dem Token; die Aktionen, die ihn brauchen, werden fehlschlagen.</numerusform>
            <numerusform>%n ausgewählte Scopes fehlen dem Token; die Aktionen, die sie brauchen, werden fehlschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="56"/>
        <source>The last check could not finish: %1</source>
        <translation>Die letzte Prüfung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="110"/>
        <location filename="../src/engine/link/LinkService.cpp" line="119"/>
        <location filename="../src/engine/link/LinkService.cpp" line="142"/>
        <location filename="../src/engine/link/LinkService.cpp" line="180"/>
        <location filename="../src/engine/link/LinkService.cpp" line="188"/>
        <location filename="../src/engine/link/LinkService.cpp" line="215"/>
        <source> Nothing was saved.</source>
        <translation> Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="165"/>
        <location filename="../src/engine/link/LinkService.cpp" line="244"/>
        <source>Keylink could not undo the keychain change either: %1</source>
        <translation>Keylink konnte auch die Änderung am Schlüsselbund nicht rückgängig machen: %1</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="197"/>
        <source>The account %1 was unlinked meanwhile; link it again.</source>
        <translation>Das Konto %1 wurde inzwischen getrennt; verknüpfen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="249"/>
        <source>The keychain entry was put back as it was; nothing changed.</source>
        <translation>Der Schlüsselbundeintrag wurde wiederhergestellt; nichts hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="302"/>
        <source>It may still remove the secret, so Keylink finishes the unlink the next time it starts and the keychain answers.</source>
        <translation>Er entfernt das Geheimnis womöglich noch; deshalb schließt Keylink das Trennen beim nächsten Start ab, sobald der Schlüsselbund antwortet.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="164"/>
        <location filename="../src/engine/link/LinkService.cpp" line="253"/>
        <source>The secret was removed from the keychain again; nothing was linked.</source>
        <translation>Das Geheimnis wurde wieder aus dem Schlüsselbund entfernt; es wurde nichts verknüpft.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="279"/>
        <location filename="../src/engine/link/LinkService.cpp" line="289"/>
        <location filename="../src/engine/link/LinkService.cpp" line="299"/>
        <source> The account is still linked.</source>
        <translation> Das Konto ist weiterhin verknüpft.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="312"/>
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
        <location filename="../src/gui/accounts/MainWindow.cpp" line="145"/>
        <source>Providers you can link</source>
        <translation>Anbieter, die Sie verknüpfen können</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="152"/>
        <source>Some provider files were skipped:&lt;br&gt;%1</source>
        <translation>Einige Anbieterdateien wurden übersprungen:&lt;br&gt;%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/MainWindow.cpp" line="178"/>
        <source>%n linked account(s)</source>
        <translation>
            <numerusform>%n verknüpftes Konto</numerusform>
            <numerusform>%n verknüpfte Konten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="224"/>
        <source>You asked to link another account.</source>
        <translation>Sie wollten ein weiteres Konto verknüpfen.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="232"/>
        <source>A link to %1 arrived.</source>
        <translation>Ein Link zu %1 ist eingetroffen.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="273"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="289"/>
        <source>You asked to relink “%1”.</source>
        <translation>Sie wollten „%1“ neu verknüpfen.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="229"/>
        <source>Cannot open the link: %1</source>
        <translation>Der Link kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="322"/>
        <source>Unlinked %1.</source>
        <translation>%1 getrennt.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="331"/>
        <source>Copied the account id</source>
        <translation>Konto-ID kopiert</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="347"/>
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
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
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="105"/>
        <source>Could not reach %1 at %2 (%3). Check your network connection and proxy settings.</source>
        <translation>%1 war unter %2 nicht erreichbar (%3). Prüfen Sie Ihre Netzwerkverbindung und die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="110"/>
        <source>Could not find %1&apos;s server %2. Check your network connection and DNS.</source>
        <translation>Der Server %2 von %1 wurde nicht gefunden. Prüfen Sie Ihre Netzwerkverbindung und das DNS.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="114"/>
        <source>The secure connection to %1 failed: %2. Keylink never sends credentials over a connection it cannot verify; if a proxy inspects your traffic, install its certificate in the system certificate store.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Keylink sendet Zugangsdaten nie über eine Verbindung, die es nicht prüfen kann; wenn ein Proxy Ihren Datenverkehr untersucht, installieren Sie sein Zertifikat im Zertifikatsspeicher des Systems.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="121"/>
        <source>%1 did not answer within %2.</source>
        <translation>%1 hat nicht innerhalb von %2 geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="125"/>
        <source>%1 sent an answer larger than 1 MiB; Keylink stopped reading it.</source>
        <translation>%1 hat eine Antwort über 1 MiB gesendet; Keylink hat aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="129"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="133"/>
        <source>%1 redirected the request to %2. Keylink does not follow a redirect to another host or to plain HTTP, so your credentials were not sent there.</source>
        <translation>%1 hat die Anfrage nach %2 umgeleitet. Keylink folgt keiner Umleitung zu einem anderen Host oder zu unverschlüsseltem HTTP, daher wurden Ihre Zugangsdaten nicht dorthin gesendet.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="135"/>
        <source>an invalid address</source>
        <translation>eine ungültige Adresse</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="144"/>
        <source>%1 said: “%2”</source>
        <translation>%1 meldete: „%2“</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="149"/>
        <source>%1 answered with something other than the JSON it documents; Keylink could not read it.</source>
        <translation>%1 hat mit etwas anderem als dem dokumentierten JSON geantwortet; Keylink konnte es nicht lesen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="156"/>
        <source>%1 rejected the credentials: they are wrong, expired or revoked.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt: Sie sind falsch, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="159"/>
        <source>%1 refused the request: the credentials lack a permission it needs.</source>
        <translation>%1 hat die Anfrage abgelehnt: Den Zugangsdaten fehlt eine nötige Berechtigung.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="162"/>
        <source>%1 answered “not found” for %2.</source>
        <translation>%1 meldete „nicht gefunden“ für %2.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="169"/>
        <source>%1 is limiting requests right now. Try again in %2 (at %3).</source>
        <translation>%1 begrenzt gerade die Anfragen. Versuchen Sie es in %2 erneut (um %3).</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="172"/>
        <source>%1 is limiting requests right now. Try again in a minute.</source>
        <translation>%1 begrenzt gerade die Anfragen. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="177"/>
        <source>%1 answered with an error page (HTTP %2) instead of data. The service may be having trouble; try again later.</source>
        <translation>%1 hat mit einer Fehlerseite (HTTP %2) statt mit Daten geantwortet. Der Dienst hat möglicherweise Probleme; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="181"/>
        <source>%1 had a problem answering (HTTP %2). Try again later.</source>
        <translation>%1 hatte ein Problem beim Antworten (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="184"/>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
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
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="21"/>
        <source>Keep these preferences</source>
        <translation>Diese Einstellungen übernehmen</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="22"/>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="24"/>
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
