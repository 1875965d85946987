<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Catalog</name>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="16"/>
        <source>Shipping rates, labels and tracking across couriers</source>
        <extracomment>easyship.json $.description</extracomment>
        <translation>Tarifs d’expédition, étiquettes et suivi auprès de nombreux transporteurs</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="26"/>
        <source>You need admin access to the Easyship account to create API access tokens.</source>
        <extracomment>easyship.json $.authMethods[0].warnings[0]</extracomment>
        <translation>Vous devez être administrateur du compte Easyship pour créer des jetons d’accès à l’API.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="18"/>
        <source>60 requests a minute and 10 a second (sandbox: 6 a minute and 1 a second).</source>
        <extracomment>easyship.json $.api.rateLimit.summary</extracomment>
        <translation>60 requêtes par minute et 10 par seconde (sandbox : 6 par minute et 1 par seconde).</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="20"/>
        <source>The documentation&apos;s example expires_in looks like a Unix time rather than a number of seconds. Keylink accepts both: a value larger than created_at is taken as a Unix time.</source>
        <extracomment>easyship.json $.unconfirmed[0].guess</extracomment>
        <translation>L’exemple de expires_in de la documentation ressemble à une heure Unix plutôt qu’à un nombre de secondes. Keylink accepte les deux : une valeur supérieure à created_at est lue comme une heure Unix.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="22"/>
        <source>API access token</source>
        <extracomment>easyship.json $.authMethods[0].label</extracomment>
        <translation>Jeton d’accès à l’API</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="24"/>
        <source>A token from an API integration in the Easyship dashboard. Its prefix says whether it is for production or the sandbox.</source>
        <extracomment>easyship.json $.authMethods[0].description</extracomment>
        <translation>Un jeton d’une intégration API du tableau de bord Easyship. Son préfixe indique s’il est destiné à la production ou à la sandbox.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="28"/>
        <source>API Access Token</source>
        <extracomment>easyship.json $.authMethods[0].fields[0].label</extracomment>
        <translation>Jeton d’accès à l’API</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="30"/>
        <source>An Easyship access token starts with prod_ (production) or sand_ (sandbox).</source>
        <extracomment>easyship.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Un jeton d’accès Easyship commence par prod_ (production) ou sand_ (sandbox).</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="32"/>
        <source>Copy it from Production or Sandbox under Access Token in your API integration.</source>
        <extracomment>easyship.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Copiez-le sous Production ou Sandbox, dans Access Token de votre intégration API.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="34"/>
        <source>Production</source>
        <extracomment>easyship.json $.authMethods[0].environments[0].label</extracomment>
        <translation>Production</translation>
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
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="40"/>
        <source>Addresses (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Adresses (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="42"/>
        <source>Addresses (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Adresses (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="44"/>
        <source>Address Validations</source>
        <extracomment>easyship.json $.authMethods[0].scopes[2].group</extracomment>
        <translation>Validations d’adresse</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="46"/>
        <source>Address Validations (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Validations d’adresse (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="48"/>
        <source>Analytics</source>
        <extracomment>easyship.json $.authMethods[0].scopes[3].group</extracomment>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="50"/>
        <source>Analytics (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Statistiques (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="52"/>
        <source>App Accesses</source>
        <extracomment>easyship.json $.authMethods[0].scopes[4].group</extracomment>
        <translation>Accès d’applications</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="54"/>
        <source>App Accesses (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Accès d’applications (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="56"/>
        <source>Assets</source>
        <extracomment>easyship.json $.authMethods[0].scopes[5].group</extracomment>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="58"/>
        <source>Assets (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Fichiers (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="60"/>
        <source>Assets (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Fichiers (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="62"/>
        <source>Batches</source>
        <extracomment>easyship.json $.authMethods[0].scopes[7].group</extracomment>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="64"/>
        <source>Batches (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Lots (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="66"/>
        <source>Batches (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Lots (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="68"/>
        <source>Billing Documents</source>
        <extracomment>easyship.json $.authMethods[0].scopes[9].group</extracomment>
        <translation>Documents de facturation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="70"/>
        <source>Billing Documents (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Documents de facturation (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="72"/>
        <source>Billing Documents (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Documents de facturation (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="74"/>
        <source>Boxes</source>
        <extracomment>easyship.json $.authMethods[0].scopes[11].group</extracomment>
        <translation>Cartons</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="76"/>
        <source>Boxes (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Cartons (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="78"/>
        <source>Boxes (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Cartons (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="80"/>
        <source>Couriers</source>
        <extracomment>easyship.json $.authMethods[0].scopes[13].group</extracomment>
        <translation>Transporteurs</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="82"/>
        <source>Couriers (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Transporteurs (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="84"/>
        <source>Couriers (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Transporteurs (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="86"/>
        <source>Courier Services</source>
        <extracomment>easyship.json $.authMethods[0].scopes[15].group</extracomment>
        <translation>Services des transporteurs</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="88"/>
        <source>Courier Services (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Services des transporteurs (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="90"/>
        <source>Credits</source>
        <extracomment>easyship.json $.authMethods[0].scopes[16].group</extracomment>
        <translation>Crédits</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="92"/>
        <source>Credits (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Crédits (lecture seule) Public API (2024-09 et plus récente)</translation>
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
        <translation>E-Fulfillment (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="98"/>
        <source>Hs Codes</source>
        <extracomment>easyship.json $.authMethods[0].scopes[18].group</extracomment>
        <translation>Codes SH</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="100"/>
        <source>Hs Codes (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>Codes SH (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="102"/>
        <source>Labels</source>
        <extracomment>easyship.json $.authMethods[0].scopes[19].group</extracomment>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="104"/>
        <source>Labels (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Étiquettes (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="106"/>
        <source>Locations</source>
        <extracomment>easyship.json $.authMethods[0].scopes[20].group</extracomment>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="108"/>
        <source>Locations (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Sites (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="110"/>
        <source>Manifests</source>
        <extracomment>easyship.json $.authMethods[0].scopes[21].group</extracomment>
        <translation>Manifestes</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="112"/>
        <source>Manifests (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>Manifestes (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="114"/>
        <source>Manifests (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>Manifestes (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="116"/>
        <source>Payments</source>
        <extracomment>easyship.json $.authMethods[0].scopes[23].group</extracomment>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="118"/>
        <source>Payments (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[23].description</extracomment>
        <translation>Paiements (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="120"/>
        <source>Payment Sources</source>
        <extracomment>easyship.json $.authMethods[0].scopes[24].group</extracomment>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="122"/>
        <source>Payment Sources (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Moyens de paiement (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="124"/>
        <source>Payment Sources (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[25].description</extracomment>
        <translation>Moyens de paiement (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="126"/>
        <source>Pickups</source>
        <extracomment>easyship.json $.authMethods[0].scopes[26].group</extracomment>
        <translation>Enlèvements</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="128"/>
        <source>Pickups (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[26].description</extracomment>
        <translation>Enlèvements (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="130"/>
        <source>Pickups (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[27].description</extracomment>
        <translation>Enlèvements (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="132"/>
        <source>Products</source>
        <extracomment>easyship.json $.authMethods[0].scopes[28].group</extracomment>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="134"/>
        <source>Products (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[28].description</extracomment>
        <translation>Produits (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="136"/>
        <source>Products (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[29].description</extracomment>
        <translation>Produits (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="138"/>
        <source>Rates</source>
        <extracomment>easyship.json $.authMethods[0].scopes[30].group</extracomment>
        <translation>Tarifs</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="140"/>
        <source>Rates (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[30].description</extracomment>
        <translation>Tarifs (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="142"/>
        <source>Redirects</source>
        <extracomment>easyship.json $.authMethods[0].scopes[31].group</extracomment>
        <translation>Redirections</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="144"/>
        <source>Redirects (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[31].description</extracomment>
        <translation>Redirections (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="146"/>
        <source>References</source>
        <extracomment>easyship.json $.authMethods[0].scopes[32].group</extracomment>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="148"/>
        <source>References (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[32].description</extracomment>
        <translation>Références (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="150"/>
        <source>Settings</source>
        <extracomment>easyship.json $.authMethods[0].scopes[33].group</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="152"/>
        <source>Settings (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[33].description</extracomment>
        <translation>Paramètres (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="154"/>
        <source>Settings (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[34].description</extracomment>
        <translation>Paramètres (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="156"/>
        <source>Shipments</source>
        <extracomment>easyship.json $.authMethods[0].scopes[35].group</extracomment>
        <translation>Envois</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="158"/>
        <source>Shipments (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[35].description</extracomment>
        <translation>Envois (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="160"/>
        <source>Shipments (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[36].description</extracomment>
        <translation>Envois (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="162"/>
        <source>Shipment Documents</source>
        <extracomment>easyship.json $.authMethods[0].scopes[37].group</extracomment>
        <translation>Documents d’expédition</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="164"/>
        <source>Shipment Documents (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[37].description</extracomment>
        <translation>Documents d’expédition (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="166"/>
        <source>Shipping Rules</source>
        <extracomment>easyship.json $.authMethods[0].scopes[38].group</extracomment>
        <translation>Règles d’expédition</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="168"/>
        <source>Shipping Rules (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[38].description</extracomment>
        <translation>Règles d’expédition (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="170"/>
        <source>Shipping Rules (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[39].description</extracomment>
        <translation>Règles d’expédition (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="172"/>
        <source>Stores</source>
        <extracomment>easyship.json $.authMethods[0].scopes[40].group</extracomment>
        <translation>Boutiques</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="174"/>
        <source>Stores (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[40].description</extracomment>
        <translation>Boutiques (lecture seule) Public API (2024-09 et plus récente)</translation>
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
        <translation>Tags (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="180"/>
        <source>Tags (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[42].description</extracomment>
        <translation>Tags (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="182"/>
        <source>Tax And Duties</source>
        <extracomment>easyship.json $.authMethods[0].scopes[43].group</extracomment>
        <translation>Taxes et droits de douane</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="184"/>
        <source>Tax And Duties (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[43].description</extracomment>
        <translation>Taxes et droits de douane (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="186"/>
        <source>Tracks</source>
        <extracomment>easyship.json $.authMethods[0].scopes[44].group</extracomment>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="188"/>
        <source>Tracks (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[44].description</extracomment>
        <translation>Suivis (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="190"/>
        <source>Track 3ps</source>
        <extracomment>easyship.json $.authMethods[0].scopes[45].group</extracomment>
        <translation>Suivis tiers</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="192"/>
        <source>Track 3ps (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[45].description</extracomment>
        <translation>Suivis tiers (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="194"/>
        <source>Track 3ps (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[46].description</extracomment>
        <translation>Suivis tiers (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="196"/>
        <source>Transaction Records</source>
        <extracomment>easyship.json $.authMethods[0].scopes[47].group</extracomment>
        <translation>Relevés de transactions</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="198"/>
        <source>Transaction Records (read only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[47].description</extracomment>
        <translation>Relevés de transactions (lecture seule) Public API (2024-09 et plus récente)</translation>
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
        <translation>Webhooks (lecture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="204"/>
        <source>Webhooks (write only) Public API (2024-09 and newer)</source>
        <extracomment>easyship.json $.authMethods[0].scopes[49].description</extracomment>
        <translation>Webhooks (écriture seule) Public API (2024-09 et plus récente)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="206"/>
        <source>Create the Easyship API access token</source>
        <extracomment>easyship.json $.authMethods[0].guide.title</extracomment>
        <translation>Créer le jeton d’accès API Easyship</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="208"/>
        <source>Generate an API access token</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Générer un jeton d’accès à l’API</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="210"/>
        <source>Easyship issues access tokens for an API integration that you create in its dashboard.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Easyship délivre des jetons d’accès pour une intégration API que vous créez dans son tableau de bord.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="212"/>
        <source>Open the API integrations</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Ouvrir les intégrations API</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="214"/>
        <source>Go to the API settings of your Easyship dashboard.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Allez dans les paramètres API de votre tableau de bord Easyship.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="216"/>
        <source>Open the Easyship dashboard</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Ouvrir le tableau de bord Easyship</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="218"/>
        <source>Log in to the Easyship dashboard.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Connectez-vous au tableau de bord Easyship.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="220"/>
        <source>In the left sidebar, under **Integrations**, click **API &amp; Webhooks**.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Dans la barre latérale gauche, sous **Integrations**, cliquez sur **API &amp; Webhooks**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="222"/>
        <source>Click **New Integration**, scroll down and pick **API Integration**.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[0].items[2]</extracomment>
        <translation>Cliquez sur **New Integration**, faites défiler vers le bas et choisissez **API Integration**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="224"/>
        <source>Set up the integration</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Configurer l’intégration</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="226"/>
        <source>Fill in the API Integration dialog.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Remplissez la boîte de dialogue « API Integration ».</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="228"/>
        <source>For **Integration Type**, choose &quot;I&apos;m developing a custom integration&quot;.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Pour **Integration Type**, choisissez « I&apos;m developing a custom integration ».</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="230"/>
        <source>Give it a clear **Integration Name**, such as &quot;Keylink&quot;.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>Donnez-lui un **Integration Name** clair, par exemple « Keylink ».</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="232"/>
        <source>For **API Version**, choose &quot;2024-09 and newer&quot;.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].items[2]</extracomment>
        <translation>Pour **API Version**, choisissez « 2024-09 and newer ».</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="234"/>
        <source>Click **CONNECT**.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[1].items[3]</extracomment>
        <translation>Cliquez sur **CONNECT**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="236"/>
        <source>Choose scopes and copy a token</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].title</extracomment>
        <translation>Choisir les portées et copier un jeton</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="238"/>
        <source>The new integration has an access token for production and one for the sandbox.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>La nouvelle intégration a un jeton d’accès pour la production et un pour la sandbox.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="240"/>
        <source>Expand **Access Token** under both **Production** and **Sandbox** to see the two tokens.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].items[0]</extracomment>
        <translation>Dépliez **Access Token** sous **Production** et sous **Sandbox** pour voir les deux jetons.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="242"/>
        <source>A production token starts with prod_, a sandbox token with sand_.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].items[1]</extracomment>
        <translation>Un jeton de production commence par prod_, un jeton de sandbox par sand_.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="244"/>
        <source>Under **Standard Scopes**, switch on the scopes listed here. Every scope is on by default.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].items[2]</extracomment>
        <translation>Sous **Standard Scopes**, activez les portées listées ici. Chaque portée est activée par défaut.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="246"/>
        <source>Copy the token for the environment you want, and keep it safe: it signs every request.</source>
        <extracomment>easyship.json $.authMethods[0].guide.sections[0].steps[2].items[3]</extracomment>
        <translation>Copiez le jeton de l’environnement voulu et gardez-le en lieu sûr : il signe chaque requête.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="248"/>
        <source>OAuth 2 partner application</source>
        <extracomment>easyship.json $.authMethods[1].label</extracomment>
        <translation>Application partenaire OAuth 2</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="250"/>
        <source>A partner application&apos;s client id and secret, exchanged for access tokens that Keylink refreshes for you.</source>
        <extracomment>easyship.json $.authMethods[1].description</extracomment>
        <translation>L’identifiant client et le secret d’une application partenaire, échangés contre des jetons d’accès que Keylink renouvelle pour vous.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="252"/>
        <source>The scopes Keylink asks for must be allowed on the partner application in the Easyship dashboard.</source>
        <extracomment>easyship.json $.authMethods[1].warnings[0]</extracomment>
        <translation>Les autorisations que Keylink demande doivent être permises pour l’application partenaire dans le tableau de bord Easyship.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="254"/>
        <source>Client ID</source>
        <extracomment>easyship.json $.authMethods[1].fields[0].label</extracomment>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="256"/>
        <source>The client ID has no spaces.</source>
        <extracomment>easyship.json $.authMethods[1].fields[0].patternMessage</extracomment>
        <translation>L’identifiant client ne contient pas d’espace.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="258"/>
        <source>From your partner application in the Easyship dashboard.</source>
        <extracomment>easyship.json $.authMethods[1].fields[0].hint</extracomment>
        <translation>Depuis votre application partenaire dans le tableau de bord Easyship.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="260"/>
        <source>Client Secret</source>
        <extracomment>easyship.json $.authMethods[1].fields[1].label</extracomment>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="262"/>
        <source>The client secret has no spaces.</source>
        <extracomment>easyship.json $.authMethods[1].fields[1].patternMessage</extracomment>
        <translation>Le secret client ne contient pas d’espace.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="264"/>
        <source>Public API 2024-09 and newer</source>
        <extracomment>easyship.json $.authMethods[1].scopeFamilies[0].label</extracomment>
        <translation>Public API 2024-09 et plus récente</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="266"/>
        <source>Public API 2023-01 and older</source>
        <extracomment>easyship.json $.authMethods[1].scopeFamilies[1].label</extracomment>
        <translation>Public API 2023-01 et plus ancienne</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="268"/>
        <source>An OAuth 2 application supports only one type of API scopes: the scopes introduced with Public API 2024-09 and the older ones can never be mixed on a single application.</source>
        <extracomment>easyship.json $.authMethods[1].exclusiveScopeFamiliesReason</extracomment>
        <translation>Une application OAuth 2 ne prend en charge qu’un seul type de portées d’API : les portées introduites avec la Public API 2024-09 et les plus anciennes ne peuvent jamais être mélangées dans une même application.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="270"/>
        <source>Addresses API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[0].description</extracomment>
        <translation>API Adresses (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="272"/>
        <source>Address Validations API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[1].description</extracomment>
        <translation>API Validations d’adresse (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="274"/>
        <source>Analytics API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[2].description</extracomment>
        <translation>API Statistiques (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="276"/>
        <source>Assets API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[3].description</extracomment>
        <translation>API Fichiers (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="278"/>
        <source>Batches API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[4].description</extracomment>
        <translation>API Lots (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="280"/>
        <source>Billing Documents API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[5].description</extracomment>
        <translation>API Documents de facturation (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="282"/>
        <source>Boxes API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[6].description</extracomment>
        <translation>API Cartons (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="284"/>
        <source>Couriers API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[7].description</extracomment>
        <translation>API Transporteurs (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="286"/>
        <source>Courier Accounts</source>
        <extracomment>easyship.json $.authMethods[1].scopes[8].group</extracomment>
        <translation>Comptes transporteurs</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="288"/>
        <source>Courier Accounts API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[8].description</extracomment>
        <translation>API Comptes transporteurs (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="290"/>
        <source>Credits API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[9].description</extracomment>
        <translation>API Crédits (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="292"/>
        <source>Custom Markup Rates</source>
        <extracomment>easyship.json $.authMethods[1].scopes[10].group</extracomment>
        <translation>Majorations de tarifs personnalisées</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="294"/>
        <source>Custom Markup Rates API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[10].description</extracomment>
        <translation>API Majorations de tarifs personnalisées (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="296"/>
        <source>E-Fulfillment API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[11].description</extracomment>
        <translation>API E-Fulfillment (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="298"/>
        <source>Hs Codes API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[12].description</extracomment>
        <translation>API Codes SH (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="300"/>
        <source>Labels API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[13].description</extracomment>
        <translation>API Étiquettes (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="302"/>
        <source>Locations API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[14].description</extracomment>
        <translation>API Sites (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="304"/>
        <source>Manifests API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[15].description</extracomment>
        <translation>API Manifestes (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="306"/>
        <source>Payments API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[16].description</extracomment>
        <translation>API Paiements (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="308"/>
        <source>Payment Sources API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[17].description</extracomment>
        <translation>API Moyens de paiement (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="310"/>
        <source>Pickups API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[18].description</extracomment>
        <translation>API Enlèvements (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="312"/>
        <source>Products API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[19].description</extracomment>
        <translation>API Produits (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="314"/>
        <source>Rates API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[20].description</extracomment>
        <translation>API Tarifs (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="316"/>
        <source>References API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[21].description</extracomment>
        <translation>API Références (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="318"/>
        <source>Settings API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[22].description</extracomment>
        <translation>API Paramètres (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="320"/>
        <source>Shipments API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[23].description</extracomment>
        <translation>API Envois (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="322"/>
        <source>Shipment Documents API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[24].description</extracomment>
        <translation>API Documents d’expédition (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="324"/>
        <source>Shipping Rules API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[25].description</extracomment>
        <translation>API Règles d’expédition (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="326"/>
        <source>Stores API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[26].description</extracomment>
        <translation>API Boutiques (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="328"/>
        <source>Tags API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[27].description</extracomment>
        <translation>API Tags (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="330"/>
        <source>Tax And Duties API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[28].description</extracomment>
        <translation>API Taxes et droits de douane (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="332"/>
        <source>Tracks API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[29].description</extracomment>
        <translation>API Suivis (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="334"/>
        <source>Track 3ps API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[30].description</extracomment>
        <translation>API Suivis tiers (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="336"/>
        <source>Transaction Records API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[31].description</extracomment>
        <translation>API Relevés de transactions (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="338"/>
        <source>Webhooks API (2023-01 and older)</source>
        <extracomment>easyship.json $.authMethods[1].scopes[32].description</extracomment>
        <translation>API Webhooks (2023-01 et plus ancienne)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="340"/>
        <source>Connect your Easyship partner application</source>
        <extracomment>easyship.json $.authMethods[1].guide.title</extracomment>
        <translation>Connecter votre application partenaire Easyship</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="342"/>
        <source>Use your partner application</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].title</extracomment>
        <translation>Utiliser votre application partenaire</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="344"/>
        <source>Keylink exchanges the application&apos;s client ID and secret for access tokens at Easyship&apos;s token endpoint.</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].intro</extracomment>
        <translation>Keylink échange l’identifiant client et le secret de l’application contre des jetons d’accès auprès du point de terminaison de jetons d’Easyship.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="346"/>
        <source>Collect the client credentials</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].steps[0].title</extracomment>
        <translation>Récupérer les identifiants client</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="348"/>
        <source>Open your partner application in the Easyship dashboard and copy its **Client ID** and **Client Secret**.</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].steps[0].text</extracomment>
        <translation>Ouvrez votre application partenaire dans le tableau de bord Easyship et copiez son **Client ID** et son **Client Secret**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="350"/>
        <source>Allow the scopes</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].steps[1].title</extracomment>
        <translation>Autoriser les portées</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="352"/>
        <source>The scopes Keylink asks for must be allowed on the application. Allow the ones listed here, all from one family.</source>
        <extracomment>easyship.json $.authMethods[1].guide.sections[0].steps[1].text</extracomment>
        <translation>Les portées demandées par Keylink doivent être autorisées pour l’application. Autorisez celles listées ici, toutes de la même famille.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="354"/>
        <source>Shared inboxes for customer email, chat and SMS</source>
        <extracomment>front.json $.description</extracomment>
        <translation>Boîtes de réception partagées pour les e-mails, le chat et les SMS des clients</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="356"/>
        <source>You need a Front account that is allowed to create API tokens.</source>
        <extracomment>front.json $.warnings[0]</extracomment>
        <translation>Il vous faut un compte Front autorisé à créer des jetons d’API.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="358"/>
        <source>Per company: 50, 100 or 200 requests a minute depending on the plan, in bursts of at most 5 a second per resource.</source>
        <extracomment>front.json $.api.rateLimit.summary</extracomment>
        <translation>Par entreprise : 50, 100 ou 200 requêtes par minute selon l’offre, par rafales d’au plus 5 par seconde et par ressource.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="360"/>
        <source>Front API tokens are JWTs whose payload carries scope claims such as shared:* and private:*, but how those claims map to resource permissions is not documented. Keylink never trusts them: it probes an endpoint per scope instead.</source>
        <extracomment>front.json $.unconfirmed[0].guess</extracomment>
        <translation>Les jetons d’API Front sont des JWT dont la charge utile porte des revendications de portée comme shared:* et private:*, mais la correspondance entre ces revendications et les autorisations sur les ressources n’est pas documentée. Keylink ne s’y fie jamais : il interroge plutôt un point de terminaison par portée.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="362"/>
        <source>API token</source>
        <extracomment>front.json $.authMethods[0].label</extracomment>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="364"/>
        <source>A token you create in Front&apos;s developer settings, with the resource permissions you choose.</source>
        <extracomment>front.json $.authMethods[0].description</extracomment>
        <translation>Un jeton que vous créez dans les paramètres développeur de Front, avec les autorisations sur les ressources de votre choix.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="366"/>
        <source>API Token</source>
        <extracomment>front.json $.authMethods[0].fields[0].label</extracomment>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="368"/>
        <source>A Front API token is a JWT: three parts of letters, digits, - and _ joined by dots.</source>
        <extracomment>front.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Un jeton d’API Front est un JWT : trois parties faites de lettres, de chiffres, de - et de _, reliées par des points.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="370"/>
        <source>Shown once, right after you create the token in Front.</source>
        <extracomment>front.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Affiché une seule fois, juste après la création du jeton dans Front.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="372"/>
        <source>Accounts</source>
        <extracomment>front.json $.authMethods[0].scopes[0].group</extracomment>
        <translation>Comptes clients</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="374"/>
        <source>Read accounts, the companies your contacts belong to</source>
        <extracomment>front.json $.authMethods[0].scopes[0].description</extracomment>
        <translation>Lire les comptes clients, les entreprises auxquelles appartiennent vos contacts</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="376"/>
        <source>Create and update accounts</source>
        <extracomment>front.json $.authMethods[0].scopes[1].description</extracomment>
        <translation>Créer et modifier des comptes clients</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="378"/>
        <source>Delete accounts</source>
        <extracomment>front.json $.authMethods[0].scopes[2].description</extracomment>
        <translation>Supprimer des comptes clients</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="380"/>
        <source>Channels</source>
        <extracomment>front.json $.authMethods[0].scopes[3].group</extracomment>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="382"/>
        <source>Read channels, the addresses that receive messages</source>
        <extracomment>front.json $.authMethods[0].scopes[3].description</extracomment>
        <translation>Lire les canaux, les adresses qui reçoivent les messages</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="384"/>
        <source>Update channels</source>
        <extracomment>front.json $.authMethods[0].scopes[4].description</extracomment>
        <translation>Modifier les canaux</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="386"/>
        <source>Comments</source>
        <extracomment>front.json $.authMethods[0].scopes[5].group</extracomment>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="388"/>
        <source>Read internal comments on conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[5].description</extracomment>
        <translation>Lire les commentaires internes des conversations</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="390"/>
        <source>Add internal comments to conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[6].description</extracomment>
        <translation>Ajouter des commentaires internes aux conversations</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="392"/>
        <source>Contacts</source>
        <extracomment>front.json $.authMethods[0].scopes[7].group</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="394"/>
        <source>Read contacts, their handles and notes</source>
        <extracomment>front.json $.authMethods[0].scopes[7].description</extracomment>
        <translation>Lire les contacts, leurs identifiants et leurs notes</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="396"/>
        <source>Create and update contacts, handles and notes</source>
        <extracomment>front.json $.authMethods[0].scopes[8].description</extracomment>
        <translation>Créer et modifier des contacts, identifiants et notes</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="398"/>
        <source>Delete contacts</source>
        <extracomment>front.json $.authMethods[0].scopes[9].description</extracomment>
        <translation>Supprimer des contacts</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="400"/>
        <source>Conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[10].group</extracomment>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="402"/>
        <source>Read and search conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[10].description</extracomment>
        <translation>Lire et rechercher des conversations</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="404"/>
        <source>Update conversations, tags, followers and assignees</source>
        <extracomment>front.json $.authMethods[0].scopes[11].description</extracomment>
        <translation>Modifier les conversations, tags, abonnés et responsables</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="406"/>
        <source>Delete conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[12].description</extracomment>
        <translation>Supprimer des conversations</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="408"/>
        <source>Drafts</source>
        <extracomment>front.json $.authMethods[0].scopes[13].group</extracomment>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="410"/>
        <source>Create message drafts</source>
        <extracomment>front.json $.authMethods[0].scopes[13].description</extracomment>
        <translation>Créer des brouillons de messages</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="412"/>
        <source>Events</source>
        <extracomment>front.json $.authMethods[0].scopes[14].group</extracomment>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="414"/>
        <source>Read the activity events of conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[14].description</extracomment>
        <translation>Lire les événements d’activité des conversations</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="416"/>
        <source>Inboxes</source>
        <extracomment>front.json $.authMethods[0].scopes[15].group</extracomment>
        <translation>Boîtes de réception</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="418"/>
        <source>Read inboxes and their channels and conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[15].description</extracomment>
        <translation>Lire les boîtes de réception, leurs canaux et leurs conversations</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="420"/>
        <source>Create inboxes</source>
        <extracomment>front.json $.authMethods[0].scopes[16].description</extracomment>
        <translation>Créer des boîtes de réception</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="422"/>
        <source>Messages</source>
        <extracomment>front.json $.authMethods[0].scopes[17].group</extracomment>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="424"/>
        <source>Read the messages of conversations</source>
        <extracomment>front.json $.authMethods[0].scopes[17].description</extracomment>
        <translation>Lire les messages des conversations</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="426"/>
        <source>Write messages (none of the listed actions needs it)</source>
        <extracomment>front.json $.authMethods[0].scopes[18].description</extracomment>
        <translation>Écrire des messages (aucune des actions listées n’en a besoin)</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="428"/>
        <source>Send messages and replies</source>
        <extracomment>front.json $.authMethods[0].scopes[19].description</extracomment>
        <translation>Envoyer des messages et des réponses</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="430"/>
        <source>Read tags and the conversations they mark</source>
        <extracomment>front.json $.authMethods[0].scopes[20].description</extracomment>
        <translation>Lire les tags et les conversations qu’ils marquent</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="432"/>
        <source>Create and update tags</source>
        <extracomment>front.json $.authMethods[0].scopes[21].description</extracomment>
        <translation>Créer et modifier des tags</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="434"/>
        <source>Delete tags</source>
        <extracomment>front.json $.authMethods[0].scopes[22].description</extracomment>
        <translation>Supprimer des tags</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="436"/>
        <source>Teammates</source>
        <extracomment>front.json $.authMethods[0].scopes[23].group</extracomment>
        <translation>Coéquipiers</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="438"/>
        <source>Read teammates</source>
        <extracomment>front.json $.authMethods[0].scopes[23].description</extracomment>
        <translation>Lire les coéquipiers</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="440"/>
        <source>Update teammates</source>
        <extracomment>front.json $.authMethods[0].scopes[24].description</extracomment>
        <translation>Modifier les coéquipiers</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="442"/>
        <source>List Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[0].label</extracomment>
        <translation>Lister les conversations</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="444"/>
        <source>Get Conversation</source>
        <extracomment>front.json $.authMethods[0].actions[1].label</extracomment>
        <translation>Obtenir une conversation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="446"/>
        <source>Update Conversation</source>
        <extracomment>front.json $.authMethods[0].actions[2].label</extracomment>
        <translation>Modifier une conversation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="448"/>
        <source>Update Conversation Assignee</source>
        <extracomment>front.json $.authMethods[0].actions[3].label</extracomment>
        <translation>Modifier le responsable d’une conversation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="450"/>
        <source>List Conversation Messages</source>
        <extracomment>front.json $.authMethods[0].actions[4].label</extracomment>
        <translation>Lister les messages d’une conversation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="452"/>
        <source>List Conversation Comments</source>
        <extracomment>front.json $.authMethods[0].actions[5].label</extracomment>
        <translation>Lister les commentaires d’une conversation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="454"/>
        <source>Add Conversation Comment</source>
        <extracomment>front.json $.authMethods[0].actions[6].label</extracomment>
        <translation>Ajouter un commentaire à une conversation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="456"/>
        <source>Add Conversation Tag</source>
        <extracomment>front.json $.authMethods[0].actions[7].label</extracomment>
        <translation>Ajouter un tag à une conversation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="458"/>
        <source>Remove Conversation Tag</source>
        <extracomment>front.json $.authMethods[0].actions[8].label</extracomment>
        <translation>Retirer un tag d’une conversation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="460"/>
        <source>List Conversation Followers</source>
        <extracomment>front.json $.authMethods[0].actions[9].label</extracomment>
        <translation>Lister les abonnés d’une conversation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="462"/>
        <source>Add Conversation Followers</source>
        <extracomment>front.json $.authMethods[0].actions[10].label</extracomment>
        <translation>Ajouter des abonnés à une conversation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="464"/>
        <source>Search Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[11].label</extracomment>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="466"/>
        <source>Delete Conversation</source>
        <extracomment>front.json $.authMethods[0].actions[12].label</extracomment>
        <translation>Supprimer une conversation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="468"/>
        <source>List Contacts</source>
        <extracomment>front.json $.authMethods[0].actions[13].label</extracomment>
        <translation>Lister les contacts</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="470"/>
        <source>Get Contact</source>
        <extracomment>front.json $.authMethods[0].actions[14].label</extracomment>
        <translation>Obtenir un contact</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="472"/>
        <source>Create Contact</source>
        <extracomment>front.json $.authMethods[0].actions[15].label</extracomment>
        <translation>Créer un contact</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="474"/>
        <source>Update Contact</source>
        <extracomment>front.json $.authMethods[0].actions[16].label</extracomment>
        <translation>Modifier un contact</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="476"/>
        <source>Delete Contact</source>
        <extracomment>front.json $.authMethods[0].actions[17].label</extracomment>
        <translation>Supprimer un contact</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="478"/>
        <source>List Contact Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[18].label</extracomment>
        <translation>Lister les conversations d’un contact</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="480"/>
        <source>Add Contact Handle</source>
        <extracomment>front.json $.authMethods[0].actions[19].label</extracomment>
        <translation>Ajouter un identifiant à un contact</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="482"/>
        <source>Add Contact Note</source>
        <extracomment>front.json $.authMethods[0].actions[20].label</extracomment>
        <translation>Ajouter une note à un contact</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="484"/>
        <source>List Teammates</source>
        <extracomment>front.json $.authMethods[0].actions[21].label</extracomment>
        <translation>Lister les coéquipiers</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="486"/>
        <source>Get Teammate</source>
        <extracomment>front.json $.authMethods[0].actions[22].label</extracomment>
        <translation>Obtenir un coéquipier</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="488"/>
        <source>Update Teammate</source>
        <extracomment>front.json $.authMethods[0].actions[23].label</extracomment>
        <translation>Modifier un coéquipier</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="490"/>
        <source>List Inboxes</source>
        <extracomment>front.json $.authMethods[0].actions[24].label</extracomment>
        <translation>Lister les boîtes de réception</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="492"/>
        <source>Get Inbox</source>
        <extracomment>front.json $.authMethods[0].actions[25].label</extracomment>
        <translation>Obtenir une boîte de réception</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="494"/>
        <source>List Inbox Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[26].label</extracomment>
        <translation>Lister les conversations d’une boîte de réception</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="496"/>
        <source>List Inbox Channels</source>
        <extracomment>front.json $.authMethods[0].actions[27].label</extracomment>
        <translation>Lister les canaux d’une boîte de réception</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="498"/>
        <source>Create Inbox</source>
        <extracomment>front.json $.authMethods[0].actions[28].label</extracomment>
        <translation>Créer une boîte de réception</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="500"/>
        <source>List Channels</source>
        <extracomment>front.json $.authMethods[0].actions[29].label</extracomment>
        <translation>Lister les canaux</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="502"/>
        <source>Get Channel</source>
        <extracomment>front.json $.authMethods[0].actions[30].label</extracomment>
        <translation>Obtenir un canal</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="504"/>
        <source>Update Channel</source>
        <extracomment>front.json $.authMethods[0].actions[31].label</extracomment>
        <translation>Modifier un canal</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="506"/>
        <source>Send Message</source>
        <extracomment>front.json $.authMethods[0].actions[32].label</extracomment>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="508"/>
        <source>List Tags</source>
        <extracomment>front.json $.authMethods[0].actions[33].label</extracomment>
        <translation>Lister les tags</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="510"/>
        <source>Get Tag</source>
        <extracomment>front.json $.authMethods[0].actions[34].label</extracomment>
        <translation>Obtenir un tag</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="512"/>
        <source>Create Tag</source>
        <extracomment>front.json $.authMethods[0].actions[35].label</extracomment>
        <translation>Créer un tag</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="514"/>
        <source>Update Tag</source>
        <extracomment>front.json $.authMethods[0].actions[36].label</extracomment>
        <translation>Modifier un tag</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="516"/>
        <source>Delete Tag</source>
        <extracomment>front.json $.authMethods[0].actions[37].label</extracomment>
        <translation>Supprimer un tag</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="518"/>
        <source>List Tagged Conversations</source>
        <extracomment>front.json $.authMethods[0].actions[38].label</extracomment>
        <translation>Lister les conversations taguées</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="520"/>
        <source>List Child Tags</source>
        <extracomment>front.json $.authMethods[0].actions[39].label</extracomment>
        <translation>Lister les tags enfants</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="522"/>
        <source>Create Child Tag</source>
        <extracomment>front.json $.authMethods[0].actions[40].label</extracomment>
        <translation>Créer un tag enfant</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="524"/>
        <source>List Accounts</source>
        <extracomment>front.json $.authMethods[0].actions[41].label</extracomment>
        <translation>Lister les comptes clients</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="526"/>
        <source>Get Account</source>
        <extracomment>front.json $.authMethods[0].actions[42].label</extracomment>
        <translation>Obtenir un compte client</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="528"/>
        <source>Create Account</source>
        <extracomment>front.json $.authMethods[0].actions[43].label</extracomment>
        <translation>Créer un compte client</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="530"/>
        <source>Update Account</source>
        <extracomment>front.json $.authMethods[0].actions[44].label</extracomment>
        <translation>Modifier un compte client</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="532"/>
        <source>Delete Account</source>
        <extracomment>front.json $.authMethods[0].actions[45].label</extracomment>
        <translation>Supprimer un compte client</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="534"/>
        <source>List Account Contacts</source>
        <extracomment>front.json $.authMethods[0].actions[46].label</extracomment>
        <translation>Lister les contacts d’un compte client</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="536"/>
        <source>List Events</source>
        <extracomment>front.json $.authMethods[0].actions[47].label</extracomment>
        <translation>Lister les événements</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="538"/>
        <source>Get Event</source>
        <extracomment>front.json $.authMethods[0].actions[48].label</extracomment>
        <translation>Obtenir un événement</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="540"/>
        <source>List Conversation Events</source>
        <extracomment>front.json $.authMethods[0].actions[49].label</extracomment>
        <translation>Lister les événements d’une conversation</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="542"/>
        <source>Get Message</source>
        <extracomment>front.json $.authMethods[0].actions[50].label</extracomment>
        <translation>Obtenir un message</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="544"/>
        <source>Create Draft</source>
        <extracomment>front.json $.authMethods[0].actions[51].label</extracomment>
        <translation>Créer un brouillon</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="546"/>
        <source>Create the Front API token</source>
        <extracomment>front.json $.authMethods[0].guide.title</extracomment>
        <translation>Créer le jeton API Front</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="548"/>
        <source>Create an API token</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Créer un jeton d’API</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="550"/>
        <source>The token is created in Front&apos;s company settings; Front shows it only once.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Le jeton se crée dans les paramètres de l’entreprise dans Front ; Front ne l’affiche qu’une fois.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="552"/>
        <source>Open the developer settings</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Ouvrir les paramètres développeur</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="554"/>
        <source>Sign in to Front and go to the company&apos;s developer settings.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Connectez-vous à Front et allez dans les paramètres développeur de l’entreprise.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="556"/>
        <source>Sign in to Front</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Se connecter à Front</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="558"/>
        <source>In the left sidebar, choose **Settings**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Dans la barre latérale gauche, choisissez **Settings**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="560"/>
        <source>At the top of the sidebar, click the company icon.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>En haut de la barre latérale, cliquez sur l’icône de l’entreprise.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="562"/>
        <source>Under **Integrations**, open **Developers**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[0].items[2]</extracomment>
        <translation>Sous **Integrations**, ouvrez **Developers**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="564"/>
        <source>Start a new token</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>Commencer un nouveau jeton</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="566"/>
        <source>Open the **API tokens** tab and click **Create API token**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Ouvrez l’onglet **API tokens** et cliquez sur **Create API token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="568"/>
        <source>Give the token a name you will recognise later, such as &quot;Keylink&quot;, then click **Continue**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Donnez au jeton un nom que vous reconnaîtrez plus tard, par exemple « Keylink », puis cliquez sur **Continue**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="570"/>
        <source>Under **Feature access**, switch on **Access resources**, then click **Continue**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].items[1]</extracomment>
        <translation>Sous **Feature access**, activez **Access resources**, puis cliquez sur **Continue**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="572"/>
        <source>Under **Namespace access**, choose what the token may reach, then click **Continue**.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[1].items[2]</extracomment>
        <translation>Sous **Namespace access**, choisissez ce que le jeton peut atteindre, puis cliquez sur **Continue**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="574"/>
        <source>Choose the resource permissions</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[2].title</extracomment>
        <translation>Choisir les autorisations sur les ressources</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="576"/>
        <source>Under **Resource permissions**, switch on each scope listed here. They are the scopes the actions you picked need.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[2].text</extracomment>
        <translation>Sous **Resource permissions**, activez chaque portée listée ici. Ce sont les portées dont les actions choisies ont besoin.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="578"/>
        <source>Create the token and copy it</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[3].title</extracomment>
        <translation>Créer le jeton et le copier</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="580"/>
        <source>Click **Create**, then open the token you just made.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[3].text</extracomment>
        <translation>Cliquez sur **Create**, puis ouvrez le jeton que vous venez de créer.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="582"/>
        <source>Copy the **API token** now: Front shows it only once.</source>
        <extracomment>front.json $.authMethods[0].guide.sections[0].steps[3].items[0]</extracomment>
        <translation>Copiez le **API token** maintenant : Front ne l’affiche qu’une fois.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="584"/>
        <source>Contracts you create, sign and manage in one place</source>
        <extracomment>oneflow.json $.description</extracomment>
        <translation>Des contrats que vous créez, signez et gérez en un seul endroit</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="586"/>
        <source>No rate limit is documented; Keylink waits as long as a Retry-After header asks.</source>
        <extracomment>oneflow.json $.api.rateLimit.summary</extracomment>
        <translation>Aucune limite de débit n’est documentée ; Keylink attend aussi longtemps qu’un en-tête Retry-After le demande.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="588"/>
        <source>How Oneflow answers a wrong or inactive user email is not documented. Keylink lists the account&apos;s users (GET /v1/users, paginated, user objects with email and active) and looks for an active user with that email.</source>
        <extracomment>oneflow.json $.unconfirmed[0].guess</extracomment>
        <translation>La réponse de Oneflow à une adresse e-mail d’utilisateur erronée ou inactive n’est pas documentée. Keylink liste les utilisateurs du compte (GET /v1/users, par pages, objets utilisateur avec email et active) et cherche un utilisateur actif ayant cette adresse.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="590"/>
        <source>API token and user email</source>
        <extracomment>oneflow.json $.authMethods[0].label</extracomment>
        <translation>Jeton d’API et e-mail de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="592"/>
        <source>A token from Oneflow&apos;s Custom Integration, used on behalf of one active user.</source>
        <extracomment>oneflow.json $.authMethods[0].description</extracomment>
        <translation>Un jeton de la Custom Integration de Oneflow, utilisé au nom d’un utilisateur actif.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="594"/>
        <source>A Oneflow API token is exactly 40 characters: letters, digits and hyphens.</source>
        <extracomment>oneflow.json $.authMethods[0].fields[0].patternMessage</extracomment>
        <translation>Un jeton d’API Oneflow fait exactement 40 caractères : lettres, chiffres et traits d’union.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="596"/>
        <source>Shown once, when you generate it in the Custom Integration.</source>
        <extracomment>oneflow.json $.authMethods[0].fields[0].hint</extracomment>
        <translation>Affiché une seule fois, quand vous le générez dans la Custom Integration.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="598"/>
        <source>User Email</source>
        <extracomment>oneflow.json $.authMethods[0].fields[1].label</extracomment>
        <translation>E-mail de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="600"/>
        <source>Enter an email address, such as name@example.com.</source>
        <extracomment>oneflow.json $.authMethods[0].fields[1].patternMessage</extracomment>
        <translation>Saisissez une adresse e-mail, par exemple nom@example.com.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="602"/>
        <source>An active user of the same Oneflow account; requests run with that user&apos;s permissions.</source>
        <extracomment>oneflow.json $.authMethods[0].fields[1].hint</extracomment>
        <translation>Un utilisateur actif du même compte Oneflow ; les requêtes s’exécutent avec les autorisations de cet utilisateur.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="604"/>
        <source>Create the Oneflow API token</source>
        <extracomment>oneflow.json $.authMethods[0].guide.title</extracomment>
        <translation>Créer le jeton API Oneflow</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="606"/>
        <source>Enable the Custom Integration</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].title</extracomment>
        <translation>Activer la Custom Integration</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="608"/>
        <source>Oneflow hands out API tokens through its Custom Integration, so switch it on for your account first.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].intro</extracomment>
        <translation>Oneflow délivre les jetons d’API par sa Custom Integration ; activez-la donc d’abord pour votre compte.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="610"/>
        <source>Find the Custom Integration</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].title</extracomment>
        <translation>Trouver la Custom Integration</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="612"/>
        <source>Sign in to your Oneflow account.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].text</extracomment>
        <translation>Connectez-vous à votre compte Oneflow.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="614"/>
        <source>Sign in to Oneflow</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].links[0].label</extracomment>
        <translation>Se connecter à Oneflow</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="616"/>
        <source>In the left sidebar, open **Marketplace**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].items[0]</extracomment>
        <translation>Dans la barre latérale gauche, ouvrez **Marketplace**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="618"/>
        <source>Scroll down to the **Workflow** section.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].items[1]</extracomment>
        <translation>Faites défiler jusqu’à la section **Workflow**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="620"/>
        <source>On the right, click **Custom Integration**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[0].items[2]</extracomment>
        <translation>À droite, cliquez sur **Custom Integration**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="622"/>
        <source>Switch it on</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[1].title</extracomment>
        <translation>L’activer</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="624"/>
        <source>Turn the Custom Integration on for your account.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[1].text</extracomment>
        <translation>Activez la Custom Integration pour votre compte.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="626"/>
        <source>Click **Enable**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[0].steps[1].items[0]</extracomment>
        <translation>Cliquez sur **Enable**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="628"/>
        <source>Generate the API token</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].title</extracomment>
        <translation>Générer le jeton d’API</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="630"/>
        <source>Tokens are made inside the Custom Integration. Oneflow shows a new token only once.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].intro</extracomment>
        <translation>Les jetons se créent dans la Custom Integration. Oneflow n’affiche un nouveau jeton qu’une fois.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="632"/>
        <source>Open the API tokens</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[0].title</extracomment>
        <translation>Ouvrir les jetons d’API</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="634"/>
        <source>In the left sidebar, go to **Admin** &gt; **Integrations** and open **Custom Integration**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[0].text</extracomment>
        <translation>Dans la barre latérale gauche, allez dans **Admin** &gt; **Integrations** et ouvrez **Custom Integration**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="636"/>
        <source>Switch to the **API Tokens** tab.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[0].items[0]</extracomment>
        <translation>Passez à l’onglet **API Tokens**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="638"/>
        <source>Generate a token</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].title</extracomment>
        <translation>Générer un jeton</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="640"/>
        <source>Make a token for Keylink.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].text</extracomment>
        <translation>Créez un jeton pour Keylink.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="642"/>
        <source>Click **Generate a new token**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].items[0]</extracomment>
        <translation>Cliquez sur **Generate a new token**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="644"/>
        <source>Type a name for it; a name is required (for example &quot;Keylink&quot;).</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].items[1]</extracomment>
        <translation>Saisissez un nom ; il est obligatoire (par exemple « Keylink »).</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="646"/>
        <source>Click **Confirm**.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[1].items[2]</extracomment>
        <translation>Cliquez sur **Confirm**.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="648"/>
        <source>Copy the token</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[2].title</extracomment>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="650"/>
        <source>Oneflow now shows the token, once.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[2].text</extracomment>
        <translation>Oneflow affiche maintenant le jeton, une seule fois.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="652"/>
        <source>It is 40 characters long: letters, digits and hyphens.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[2].items[0]</extracomment>
        <translation>Il fait 40 caractères : lettres, chiffres et traits d’union.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="654"/>
        <source>Copy it now and keep it somewhere safe until you paste it into Keylink.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[1].steps[2].items[1]</extracomment>
        <translation>Copiez-le maintenant et gardez-le en lieu sûr jusqu’à ce que vous le colliez dans Keylink.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="656"/>
        <source>Choose the user email</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].title</extracomment>
        <translation>Choisir l’e-mail de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="658"/>
        <source>Every request Keylink makes runs as one Oneflow user, named by email address.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].intro</extracomment>
        <translation>Chaque requête de Keylink s’exécute au nom d’un utilisateur Oneflow, désigné par son adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="660"/>
        <source>Pick the user</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].steps[0].title</extracomment>
        <translation>Choisir l’utilisateur</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="662"/>
        <source>Usually this is the address you sign in to Oneflow with.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].steps[0].text</extracomment>
        <translation>C’est généralement l’adresse avec laquelle vous vous connectez à Oneflow.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="664"/>
        <source>Any other user works too, as long as the user is active in the same Oneflow account.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].steps[0].items[0]</extracomment>
        <translation>Tout autre utilisateur convient aussi, tant qu’il est actif dans le même compte Oneflow.</translation>
    </message>
    <message>
        <location filename="../src/engine/catalog/CatalogTexts.cpp" line="666"/>
        <source>That user&apos;s permissions decide which contracts and workspaces Keylink can reach.</source>
        <extracomment>oneflow.json $.authMethods[0].guide.sections[2].steps[0].items[1]</extracomment>
        <translation>Les autorisations de cet utilisateur déterminent les contrats et les espaces de travail que Keylink peut atteindre.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../ui/ConnectPage.ui" line="6"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="9"/>
        <source>Keylink checks the credentials with the provider before it saves anything.</source>
        <translation>Keylink vérifie les identifiants auprès du fournisseur avant d’enregistrer quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="16"/>
        <source>What will be checked</source>
        <translation>Ce qui sera vérifié</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="21"/>
        <source>How to get the token</source>
        <translation>Comment obtenir le jeton</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="26"/>
        <source>Opens the provider’s sign-in page in your browser; Keylink receives the answer on this computer</source>
        <translation>Ouvre la page de connexion du fournisseur dans votre navigateur ; Keylink reçoit la réponse sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="28"/>
        <source>Sign in with the provider in your browser (authorization code)</source>
        <translation>Se connecter chez le fournisseur dans le navigateur (code d’autorisation)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="35"/>
        <source>Keylink asks the provider for a token with the application’s client ID and secret, without a browser</source>
        <translation>Keylink demande un jeton avec l’identifiant client et le secret de l’application, sans navigateur</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="37"/>
        <source>Use the application&apos;s own client credentials</source>
        <translation>Utiliser les identifiants client propres à l’application</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="60"/>
        <source>Time taken so far</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="66"/>
        <source>Stop the check that is running; nothing is saved</source>
        <translation>Arrêter la vérification en cours ; rien n’est enregistré</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="76"/>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="114"/>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="124"/>
        <source>The provider’s own words about the failure and its request id, for support</source>
        <translation>Les termes du fournisseur sur l’échec et son identifiant de requête, pour le support</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="65"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="55"/>
        <source>Step in progress</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="89"/>
        <location filename="../ui/ConnectPage.ui" line="99"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="107"/>
        <source>What went wrong</source>
        <translation>Ce qui n’a pas fonctionné</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPage.ui" line="122"/>
        <source>Details from the provider</source>
        <translation>Détails du fournisseur</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../ui/DonePage.ui" line="6"/>
        <source>Account linked</source>
        <translation>Compte lié</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="9"/>
        <source>Keylink saved the account; its secret is in your system keychain.</source>
        <translation>Keylink a enregistré le compte ; son secret est dans le trousseau de votre système.</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="31"/>
        <source>Linked account</source>
        <translation>Compte lié</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="38"/>
        <source>Identity:</source>
        <translation>Identité :</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="46"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="51"/>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="58"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="63"/>
        <source>Label:</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="70"/>
        <source>Account label</source>
        <translation>Libellé du compte</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="75"/>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="83"/>
        <source>Notes from the check</source>
        <translation>Remarques issues de la vérification</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="99"/>
        <source>Permissions in short</source>
        <translation>Autorisations en bref</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="116"/>
        <source>How to add the missing permissions</source>
        <translation>Comment ajouter les autorisations manquantes</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="126"/>
        <source>Shows or hides each scope you chose with its result and the reason</source>
        <translation>Affiche ou masque chaque autorisation choisie avec son résultat et la raison</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="133"/>
        <source>Each scope you chose and whether the token has it</source>
        <translation>Chaque portée choisie et si le jeton la possède</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="94"/>
        <location filename="../ui/DonePage.ui" line="137"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="138"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="21"/>
        <location filename="../ui/DonePage.ui" line="139"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/DonePage.ui" line="140"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../ui/FieldsPage.ui" line="6"/>
        <source>Enter the credentials</source>
        <translation>Saisir les identifiants</translation>
    </message>
    <message>
        <location filename="../ui/FieldsPage.ui" line="9"/>
        <source>Paste what the provider gave you. Secrets go only to your system keychain.</source>
        <translation>Collez ce que le fournisseur vous a donné. Les secrets vont uniquement dans le trousseau de votre système.</translation>
    </message>
    <message>
        <location filename="../ui/FieldsPage.ui" line="20"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../ui/FieldsPage.ui" line="27"/>
        <source>Account &amp;label (optional):</source>
        <translation>&amp;Libellé du compte (facultatif) :</translation>
    </message>
    <message>
        <location filename="../ui/FieldsPage.ui" line="37"/>
        <source>Optional. The name the account shows in Keylink’s list</source>
        <translation>Facultatif. Le nom affiché pour le compte dans la liste de Keylink</translation>
    </message>
    <message>
        <location filename="../ui/FieldsPage.ui" line="40"/>
        <source>A name you will recognise, such as “Support inbox”</source>
        <translation>Un nom que vous reconnaîtrez, par exemple « Boîte du support »</translation>
    </message>
    <message>
        <location filename="../ui/FieldsPage.ui" line="43"/>
        <source>Account label</source>
        <translation>Nom du compte</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../ui/GuidePage.ui" line="6"/>
        <source>Create the token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <location filename="../ui/GuidePage.ui" line="9"/>
        <source>Follow these steps in the provider&apos;s dashboard. Links open in your browser.</source>
        <translation>Suivez ces étapes dans le tableau de bord du fournisseur. Les liens s’ouvrent dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../ui/GuidePage.ui" line="18"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../ui/GuidePage.ui" line="21"/>
        <source>The provider&apos;s steps to create a token; copy links put a scope on the clipboard</source>
        <translation>Les étapes du fournisseur pour créer un jeton ; les liens de copie placent une portée dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/GuidePage.ui" line="28"/>
        <source>Copy status</source>
        <translation>État de la copie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="197"/>
        <source>Linked accounts</source>
        <translation>Comptes liés</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="57"/>
        <source>Provider file problems</source>
        <translation>Problèmes de fichiers de fournisseurs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="98"/>
        <source>&lt;h2&gt;No linked accounts yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aucun compte lié pour l’instant&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="105"/>
        <source>Keylink walks you through each provider&apos;s own guide to create an API token with the permissions you need, checks it against the provider&apos;s API, and keeps it in your system keychain — never in a file.</source>
        <translation>Keylink vous guide pas à pas dans le guide de chaque fournisseur pour créer un jeton d’API avec les autorisations nécessaires, le vérifie auprès de l’API du fournisseur et le garde dans le trousseau de votre système — jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="117"/>
        <location filename="../ui/MainWindow.ui" line="283"/>
        <source>&amp;Link an account…</source>
        <translation>&amp;Lier un compte…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="120"/>
        <source>Open the linking wizard</source>
        <translation>Ouvrir l’assistant de liaison</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="140"/>
        <source>&lt;b&gt;Providers you can link&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fournisseurs que vous pouvez lier&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="147"/>
        <source>The providers Keylink has a guide for</source>
        <translation>Les fournisseurs pour lesquels Keylink a un guide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="185"/>
        <source>Shows only the accounts whose provider, label, identity or environment contain the text</source>
        <translation>N’affiche que les comptes dont le fournisseur, le nom, l’identité ou l’environnement contient le texte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="187"/>
        <source>Filter accounts (Ctrl+F)</source>
        <translation>Filtrer les comptes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="189"/>
        <source>Filter accounts</source>
        <translation>Filtrer les comptes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="195"/>
        <source>Your linked accounts with their status; the context menu has verify, relink, rename and unlink</source>
        <translation>Vos comptes liés avec leur état ; le menu contextuel permet de vérifier, relier, renommer et délier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="226"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="234"/>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="248"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="259"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="291"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="299"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="307"/>
        <source>Verify &amp;all</source>
        <translation>Vérifier &amp;tout</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="315"/>
        <source>&amp;Relink…</source>
        <translation>&amp;Relier…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="320"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="328"/>
        <source>&amp;Copy account id</source>
        <translation>&amp;Copier l’identifiant du compte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="336"/>
        <source>Open provider’s &amp;dashboard</source>
        <translation>Ouvrir le tableau de &amp;bord du fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="341"/>
        <source>&amp;Unlink…</source>
        <translation>&amp;Délier…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="349"/>
        <source>&amp;Filter accounts</source>
        <translation>&amp;Filtrer les comptes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="357"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="368"/>
        <source>&amp;About Keylink</source>
        <translation>À &amp;propos de Keylink</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <location filename="../ui/ProviderPage.ui" line="6"/>
        <source>Choose a provider</source>
        <translation>Choisir un fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="9"/>
        <source>Pick the service to link, and how to sign in to it.</source>
        <translation>Choisissez le service à lier et la façon de vous y connecter.</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="15"/>
        <source>Shows only the providers whose name or description contain the text</source>
        <translation>N’affiche que les fournisseurs dont le nom ou la description contient le texte</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="18"/>
        <source>Search providers…</source>
        <translation>Rechercher un fournisseur…</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="24"/>
        <source>Search providers</source>
        <translation>Rechercher un fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="31"/>
        <source>Pick the service whose account you want to link</source>
        <translation>Choisissez le service dont vous voulez lier le compte</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="43"/>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="50"/>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <location filename="../ui/ProviderPage.ui" line="67"/>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <location filename="../ui/ScopesPage.ui" line="6"/>
        <source>Choose what you need</source>
        <translation>Choisissez ce dont vous avez besoin</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="9"/>
        <source>Pick the actions you want; the scopes follow, and the guide adapts.</source>
        <translation>Choisissez les actions voulues ; les portées suivent et le guide s’adapte.</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="25"/>
        <source>Shows only the actions whose name or scopes contain the text</source>
        <translation>N’affiche que les actions dont le nom ou les portées contiennent le texte</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="27"/>
        <source>Search actions…</source>
        <translation>Rechercher une action…</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="29"/>
        <source>Search actions</source>
        <translation>Rechercher une action</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="34"/>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="35"/>
        <source>Select every action the search shows</source>
        <translation>Sélectionner chaque action affichée par la recherche</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="40"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="41"/>
        <source>Unselect every action</source>
        <translation>Désélectionner toutes les actions</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="49"/>
        <source>Tick the actions you want to use; the scopes they need are selected for you</source>
        <translation>Cochez les actions que vous voulez utiliser ; les portées nécessaires sont sélectionnées pour vous</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="51"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="60"/>
        <source>No actions match your search.</source>
        <translation>Aucune action ne correspond à votre recherche.</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="74"/>
        <source>Tick the scopes the token needs, grouped by API family and resource</source>
        <translation>Cochez les portées dont le jeton a besoin, regroupées par famille d’API et par ressource</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="76"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="78"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="79"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="87"/>
        <source>Scope families cannot be mixed</source>
        <translation>Les familles de portées ne peuvent pas être mélangées</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="96"/>
        <location filename="../ui/ScopesPage.ui" line="105"/>
        <source>Scopes selected</source>
        <translation>Portées sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="101"/>
        <source>The scopes of your selection, separated as chosen below, ready to copy</source>
        <translation>Les portées de votre sélection, séparées comme choisi ci-dessous, prêtes à copier</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="110"/>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="111"/>
        <source>How the copied scopes are separated</source>
        <translation>Comment les portées copiées sont séparées</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="117"/>
        <source>Puts the selected scopes on the clipboard</source>
        <translation>Place les portées sélectionnées dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="119"/>
        <source>Copy &amp;scopes</source>
        <translation>Copier les &amp;portées</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="124"/>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="125"/>
        <source>Copy a keylink:// link that opens this selection</source>
        <translation>Copier un lien keylink:// qui ouvre cette sélection</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="131"/>
        <source>A keylink:// link that opens the wizard with this selection</source>
        <translation>Un lien keylink:// qui ouvre l’assistant avec cette sélection</translation>
    </message>
    <message>
        <location filename="../ui/ScopesPage.ui" line="134"/>
        <source>Link to this selection</source>
        <translation>Lien vers cette sélection</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="14"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="20"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="26"/>
        <source>Request &amp;timeout:</source>
        <translation>Délai des &amp;requêtes :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="43"/>
        <source>Request timeout in seconds</source>
        <translation>Délai des requêtes en secondes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="46"/>
        <source>How long Keylink waits for a provider to answer before it gives up</source>
        <translation>Combien de temps Keylink attend la réponse d’un fournisseur avant d’abandonner</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="53"/>
        <source>How long Keylink waits for a provider to answer before it reports that it could not check.</source>
        <translation>Combien de temps Keylink attend la réponse d’un fournisseur avant de signaler qu’il n’a pas pu vérifier.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="66"/>
        <source>Start-up</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="72"/>
        <source>&amp;Verify all accounts when Keylink starts</source>
        <translation>&amp;Vérifier tous les comptes au démarrage de Keylink</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="75"/>
        <source>Checks every linked account with its provider each time the window opens</source>
        <translation>Vérifie chaque compte lié auprès de son fournisseur à chaque ouverture de la fenêtre</translation>
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
        <translation>Keylink utilise les réglages de proxy de votre système ; sous Linux, ce sont les variables d’environnement https_proxy, http_proxy et no_proxy. Modifiez-les là. Utilisé actuellement :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="101"/>
        <source>Proxy in use per provider</source>
        <translation>Proxy utilisé par fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="104"/>
        <source>For each provider address, the proxy your system configuration gives Keylink</source>
        <translation>Pour chaque adresse de fournisseur, le proxy que la configuration de votre système donne à Keylink</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="114"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
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
        <translation>À propos de Keylink</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/AboutBox.cpp" line="38"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/AboutBox.cpp" line="49"/>
        <source>Links your business tools by following each provider&apos;s own guide, and checks each token with the provider before keeping it.</source>
        <translation>Lie vos outils professionnels en suivant le guide de chaque fournisseur, et vérifie chaque jeton auprès du fournisseur avant de le conserver.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/AboutBox.cpp" line="51"/>
        <source>Secrets stay in your system keychain, never in a file.</source>
        <translation>Les secrets restent dans le trousseau de votre système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/AboutBox.cpp" line="59"/>
        <source>Built with Qt %1</source>
        <translation>Conçu avec Qt %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/AboutBox.cpp" line="66"/>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
</context>
<context>
    <name>keylink::Account</name>
    <message>
        <location filename="../src/engine/store/Account.cpp" line="82"/>
        <source>an account without id, provider or method</source>
        <translation>un compte sans identifiant, fournisseur ni méthode</translation>
    </message>
</context>
<context>
    <name>keylink::AccountChecker</name>
    <message>
        <location filename="../src/engine/link/AccountChecker.cpp" line="76"/>
        <source>Account %1 is not linked.</source>
        <translation>Le compte %1 n’est pas lié.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/AccountChecker.cpp" line="89"/>
        <source>Provider “%1” or its method “%2” is no longer in the catalog.</source>
        <translation>Le fournisseur « %1 » ou sa méthode « %2 » n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/AccountChecker.cpp" line="102"/>
        <source>The keychain holds no secret for this account; relink it.</source>
        <translation>Le trousseau ne contient aucun secret pour ce compte ; reliez-le.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/AccountChecker.cpp" line="172"/>
        <source>The account was unlinked while it was being checked.</source>
        <translation>Le compte a été délié pendant sa vérification.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/AccountChecker.cpp" line="176"/>
        <source>The account was relinked while it was being checked; check it again.</source>
        <translation>Le compte a été lié à nouveau pendant sa vérification ; vérifiez-le encore une fois.</translation>
    </message>
</context>
<context>
    <name>keylink::AccountDelegate</name>
    <message>
        <location filename="../src/gui/accounts/AccountDelegate.cpp" line="105"/>
        <source>verified %1</source>
        <translation>vérifié %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDelegate.cpp" line="105"/>
        <source>never verified</source>
        <translation>jamais vérifié</translation>
    </message>
</context>
<context>
    <name>keylink::AccountDetailsView</name>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="51"/>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="52"/>
        <source>Everything Keylink knows about the selected account, except its secret</source>
        <translation>Tout ce que Keylink sait du compte sélectionné, sauf son secret</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="124"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="124"/>
        <source>Check the account with its provider again</source>
        <translation>Vérifier à nouveau le compte auprès de son fournisseur</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="127"/>
        <source>Relink…</source>
        <translation>Relier…</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="127"/>
        <source>Enter new credentials for this account, keeping it</source>
        <translation>Saisir de nouveaux identifiants pour ce compte, en le conservant</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="130"/>
        <source>Open dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="130"/>
        <source>Open the provider&apos;s dashboard in your browser</source>
        <translation>Ouvrir le tableau de bord du fournisseur dans votre navigateur</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="135"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="147"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="153"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="154"/>
        <source>Kept in the system keychain, never in a file. Keylink shows it to no one; use Relink to replace it.</source>
        <translation>Conservé dans le trousseau du système, jamais dans un fichier. Keylink ne le montre à personne ; utilisez « Relier » pour le remplacer.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="161"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="166"/>
        <source>Shows the account id and the keychain entry</source>
        <translation>Affiche l’identifiant du compte et l’entrée du trousseau</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="188"/>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="281"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="189"/>
        <source>Copy the account id to the clipboard</source>
        <translation>Copier l’identifiant du compte dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="193"/>
        <source>Account id</source>
        <translation>Identifiant du compte</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="196"/>
        <source>Keychain entry</source>
        <translation>Entrée du trousseau</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="200"/>
        <source>service “%1”, named by the account id</source>
        <translation>service « %1 », nommée d’après l’identifiant du compte</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="232"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="232"/>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="233"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="234"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="246"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="247"/>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="248"/>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="250"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="251"/>
        <source>expires %1; Keylink refreshes it before use</source>
        <translation>expire %1 ; Keylink le renouvelle avant usage</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountDetailsView.cpp" line="278"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>keylink::AccountListModel</name>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="121"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="123"/>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="126"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="128"/>
        <source>Needs attention</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/AccountListModel.cpp" line="132"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
</context>
<context>
    <name>keylink::AccountLocks</name>
    <message>
        <location filename="../src/engine/store/AccountLocks.cpp" line="58"/>
        <source>Keylink could not create the folder %1 for its account locks.</source>
        <translation>Keylink n’a pas pu créer le dossier %1 pour ses verrous de compte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/engine/store/AccountLocks.cpp" line="73"/>
        <source>Another Keylink process has been changing this account for over %n second(s); try again when it has finished.</source>
        <translation>
            <numerusform>Un autre processus Keylink modifie ce compte depuis plus de %n seconde ; réessayez quand il aura terminé.</numerusform>
            <numerusform>Un autre processus Keylink modifie ce compte depuis plus de %n secondes ; réessayez quand il aura terminé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountLocks.cpp" line="78"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountLocks.cpp" line="79"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountLocks.cpp" line="80"/>
        <source>it cannot be written</source>
        <translation>il ne peut pas être écrit</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountLocks.cpp" line="81"/>
        <source>Keylink could not create its lock file in %1: %2.</source>
        <translation>Keylink n’a pas pu créer son fichier de verrou dans %1 : %2.</translation>
    </message>
</context>
<context>
    <name>keylink::AccountStore</name>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="84"/>
        <source>the folder %1 cannot be created</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="103"/>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="174"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="178"/>
        <source>it is read-only (%1)</source>
        <translation>elle est en lecture seule (%1)</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="180"/>
        <source>an input/output error (%1)</source>
        <translation>une erreur d’entrée/sortie (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/engine/store/AccountStore.cpp" line="183"/>
        <source>other Keylink processes kept it busy for more than %n second(s)</source>
        <translation>
            <numerusform>d’autres processus Keylink l’ont occupée pendant plus de %n seconde</numerusform>
            <numerusform>d’autres processus Keylink l’ont occupée pendant plus de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="186"/>
        <source>it is damaged (%1)</source>
        <translation>elle est endommagée (%1)</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="188"/>
        <source>it cannot be opened (%1)</source>
        <translation>elle ne peut pas être ouverte (%1)</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="197"/>
        <location filename="../src/engine/store/AccountStore.cpp" line="569"/>
        <source>Could not save to the account database %1: %2.</source>
        <translation>Impossible d’enregistrer dans la base des comptes %1 : %2.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="203"/>
        <source>Could not read the account database %1: %2.</source>
        <translation>Impossible de lire la base des comptes %1 : %2.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="210"/>
        <location filename="../src/engine/store/AccountStore.cpp" line="218"/>
        <location filename="../src/engine/store/AccountStore.cpp" line="227"/>
        <source>Could not open the account database %1: %2.</source>
        <translation>Impossible d’ouvrir la base des comptes %1 : %2.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="242"/>
        <source>The account database %1 could not be read (%2), and it could not be moved aside. Move it away yourself to start a new one.</source>
        <translation>La base des comptes %1 n’a pas pu être lue (%2) ni être mise de côté. Déplacez-la vous-même pour en commencer une nouvelle.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="249"/>
        <source>The account database %1 could not be read (%2). It was kept as %3, and Keylink started a new, empty one. Secrets are still in the keychain.</source>
        <translation>La base des comptes %1 n’a pas pu être lue (%2). Elle a été conservée sous %3, et Keylink en a créé une nouvelle, vide. Les secrets sont toujours dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="273"/>
        <source>The account database %1 was made by a newer Keylink (format %2; this one knows %3). Update Keylink to use it.</source>
        <translation>La base des comptes %1 a été créée par une version plus récente de Keylink (format %2 ; celle-ci connaît le %3). Mettez Keylink à jour pour l’utiliser.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="354"/>
        <source>The old account list %1 could not be read (%2), and it could not be moved aside. Keylink leaves it as it is and tries again at the next start; move it away yourself to stop this message.</source>
        <translation>L’ancienne liste des comptes %1 n’a pas pu être lue (%2) ni être mise de côté. Keylink la laisse telle quelle et réessaiera au prochain démarrage ; déplacez-la vous-même pour faire disparaître ce message.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="361"/>
        <source>The old account list %1 could not be read (%2). It was kept as %3; Keylink starts without it. Secrets are still in the keychain.</source>
        <translation>L’ancienne liste des comptes %1 n’a pas pu être lue (%2). Elle a été conservée sous %3 ; Keylink démarre sans elle. Les secrets sont toujours dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="422"/>
        <source>The old account list %1 could not be imported: %2 It stays where it is, and Keylink tries again at the next start.</source>
        <translation>L’ancienne liste des comptes %1 n’a pas pu être importée : %2 Elle reste à sa place, et Keylink réessaiera au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="556"/>
        <source>no linked account matches “%1”; keylink accounts lists them</source>
        <translation>aucun compte lié ne correspond à « %1 » ; keylink accounts les liste</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="557"/>
        <source>“%1” matches %2 accounts; use more of the account id</source>
        <translation>« %1 » correspond à %2 comptes ; donnez davantage de l’identifiant du compte</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="564"/>
        <source>The account database %1 is not open.</source>
        <translation>La base des comptes %1 n’est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="608"/>
        <source>The account %1 in the database %2 cannot be read (%3).</source>
        <translation>Le compte %1 de la base %2 ne peut pas être lu (%3).</translation>
    </message>
    <message>
        <location filename="../src/engine/store/AccountStore.cpp" line="697"/>
        <location filename="../src/engine/store/AccountStore.cpp" line="824"/>
        <source>The account %1 is not linked any more.</source>
        <translation>Le compte %1 n’est plus lié.</translation>
    </message>
</context>
<context>
    <name>keylink::ActionTableModel</name>
    <message>
        <location filename="../src/gui/wizard/ActionTableModel.cpp" line="104"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ActionTableModel.cpp" line="104"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
</context>
<context>
    <name>keylink::AuthorizationFlow</name>
    <message>
        <location filename="../src/engine/oauth/AuthorizationFlow.cpp" line="30"/>
        <source>Keylink received the sign-in. You can close this tab and go back to Keylink.</source>
        <translation>Keylink a reçu la connexion. Vous pouvez fermer cet onglet et revenir à Keylink.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/AuthorizationFlow.cpp" line="32"/>
        <source>Keylink could not listen on 127.0.0.1 for the sign-in&apos;s answer.</source>
        <translation>Keylink n’a pas pu écouter sur 127.0.0.1 pour recevoir la réponse de connexion.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/AuthorizationFlow.cpp" line="52"/>
        <source>The sign-in answer did not carry the state Keylink sent, so it was refused.</source>
        <translation>La réponse de connexion ne portait pas l’état envoyé par Keylink ; elle a donc été refusée.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/AuthorizationFlow.cpp" line="63"/>
        <source>The sign-in was not completed (%1).</source>
        <translation>La connexion n’a pas abouti (%1).</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/AuthorizationFlow.cpp" line="70"/>
        <source>The sign-in answer carried no authorization code.</source>
        <translation>La réponse de connexion ne contenait aucun code d’autorisation.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/AuthorizationFlow.cpp" line="83"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>keylink::BoundedFile</name>
    <message>
        <location filename="../src/engine/core/BoundedFile.cpp" line="13"/>
        <source>it does not exist</source>
        <translation>il n’existe pas</translation>
    </message>
    <message>
        <location filename="../src/engine/core/BoundedFile.cpp" line="17"/>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../src/engine/core/BoundedFile.cpp" line="21"/>
        <location filename="../src/engine/core/BoundedFile.cpp" line="33"/>
        <source>it is larger than %1</source>
        <translation>il dépasse %1</translation>
    </message>
</context>
<context>
    <name>keylink::ClearButton</name>
    <message>
        <location filename="../src/gui/widgets/ClearButton.cpp" line="12"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/ClearButton.cpp" line="13"/>
        <source>Empties the search field</source>
        <translation>Vide le champ de recherche</translation>
    </message>
</context>
<context>
    <name>keylink::ConnectPage</name>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="58"/>
        <source>Sign in with %1 in your browser (authorization code)</source>
        <translation>Se connecter chez %1 dans le navigateur (code d’autorisation)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="59"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="64"/>
        <source>Keylink will get an access token from %1 for the scopes you selected, then check it with %1 (%2).</source>
        <translation>Keylink obtiendra de %1 un jeton d’accès pour les portées choisies, puis le vérifiera auprès de %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="72"/>
        <source>Nothing is saved until the provider has said yes.</source>
        <translation>Rien n’est enregistré avant l’accord du fournisseur.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="120"/>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Ouverture de la page de connexion dans votre navigateur…</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="116"/>
        <source>Asking %1 for an access token…</source>
        <translation>Demande d’un jeton d’accès à %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="129"/>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="130"/>
        <source>If no browser opened, visit &lt;a href=&quot;%1&quot;&gt;this sign-in page&lt;/a&gt;.</source>
        <translation>Si aucun navigateur ne s’est ouvert, rendez-vous sur &lt;a href=&quot;%1&quot;&gt;cette page de connexion&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="117"/>
        <source>Checking the credentials with %1…</source>
        <translation>Vérification des identifiants auprès de %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="68"/>
        <source>Keylink asks %1 (%2) whether these credentials work</source>
        <translation>Keylink demande à %1 (%2) si ces identifiants fonctionnent</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="70"/>
        <source>, then checks the %n selected scope(s).</source>
        <translation>
            <numerusform>, puis vérifie %n autorisation sélectionnée.</numerusform>
            <numerusform>, puis vérifie les %n autorisations sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="152"/>
        <source>Waiting for your answer…</source>
        <translation>En attente de votre réponse…</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="156"/>
        <source>Update the linked account?</source>
        <translation>Mettre à jour le compte lié ?</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="157"/>
        <source>%1 account “%2” is linked already.</source>
        <translation>Le compte %1 « %2 » est déjà lié.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="161"/>
        <source>Linking it again replaces its secret in your keychain; nothing else changes.</source>
        <translation>Le lier à nouveau remplace son secret dans votre trousseau ; rien d’autre ne change.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="162"/>
        <source>Linking it again replaces its secret in your keychain and changes this:</source>
        <translation>Le lier à nouveau remplace son secret dans votre trousseau et change ceci :</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="164"/>
        <source>&amp;Update account</source>
        <translation>&amp;Mettre à jour le compte</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="165"/>
        <source>&amp;Keep it as it is</source>
        <translation>&amp;Le laisser tel quel</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="166"/>
        <source>Save the new credentials and the changes listed over the linked account</source>
        <translation>Enregistrer les nouveaux identifiants et les changements listés sur le compte lié</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="167"/>
        <source>Save nothing; the linked account stays as it was</source>
        <translation>Ne rien enregistrer ; le compte lié reste tel quel</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="192"/>
        <source>Nothing changed</source>
        <translation>Rien n’a changé</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="193"/>
        <source>You kept the linked account as it was; nothing was saved.</source>
        <translation>Vous avez gardé le compte lié tel quel ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="194"/>
        <source>To link it with these credentials after all, verify again.</source>
        <translation>Pour le lier malgré tout avec ces identifiants, vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="201"/>
        <source>%1 said: %2</source>
        <translation>%1 a répondu : %2</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="203"/>
        <source>Request id: %1</source>
        <translation>Identifiant de requête : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="206"/>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
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
        <translation>Enregistrement du secret dans votre trousseau…</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="59"/>
        <location filename="../src/gui/wizard/ConnectPage.cpp" line="241"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>keylink::CopyFeedback</name>
    <message>
        <location filename="../src/gui/widgets/CopyFeedback.cpp" line="21"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>keylink::CredentialVault</name>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="90"/>
        <source>The keychain holds no secret for account %1.</source>
        <translation>Le trousseau ne contient aucun secret pour le compte %1.</translation>
    </message>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="93"/>
        <source>No system keychain is available. Keylink keeps secrets only in the keychain: start a Secret Service provider such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Aucun trousseau système n’est disponible. Keylink ne garde les secrets que dans le trousseau : démarrez un fournisseur Secret Service comme GNOME Keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="97"/>
        <source>The system keychain is locked or refused access. Unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation>Le trousseau système est verrouillé ou a refusé l’accès. Déverrouillez-le (par exemple en ouvrant votre session de bureau) et réessayez.</translation>
    </message>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="102"/>
        <source>The keychain entry of account %1 is not one Keylink wrote; relink the account.</source>
        <translation>L’entrée du trousseau du compte %1 n’a pas été écrite par Keylink ; reliez le compte.</translation>
    </message>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="105"/>
        <source>The system keychain did not answer within %1. Make sure your Secret Service provider (such as GNOME Keyring or KWallet) is running and responding, then try again.</source>
        <translation>Le trousseau du système n’a pas répondu dans les %1. Vérifiez que votre fournisseur Secret Service (comme GNOME Keyring ou KWallet) fonctionne et répond, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="112"/>
        <source>The system keychain could not be used (%1). Make sure a Secret Service provider such as GNOME Keyring or KWallet is running and unlocked, then try again.</source>
        <translation>Le trousseau système n’a pas pu être utilisé (%1). Vérifiez qu’un fournisseur Secret Service comme GNOME Keyring ou KWallet est lancé et déverrouillé, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/engine/vault/CredentialVault.cpp" line="135"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/engine/vault/CredentialVault.cpp" line="219"/>
        <source>the entry of account %1 is still there after it was removed</source>
        <translation>l’entrée du compte %1 est toujours là après sa suppression</translation>
    </message>
</context>
<context>
    <name>keylink::CredentialVerifier</name>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="56"/>
        <source>%1 is missing.</source>
        <translation>%1 est manquant.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="60"/>
        <source>%1 is not valid: %2</source>
        <translation>%1 n’est pas valide : %2</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="71"/>
        <source>%1 must start with %2; this one starts with neither, so Keylink cannot tell which environment it belongs to.</source>
        <translation>%1 doit commencer par %2 ; celui-ci ne commence par aucun des deux, Keylink ne peut donc pas savoir à quel environnement il appartient.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="73"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="121"/>
        <source>%1 has no scope “%2”.</source>
        <translation>%1 n’a pas de portée « %2 ».</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="123"/>
        <source>No read-only check is known for this scope, so Keylink cannot confirm it.</source>
        <translation>Aucune vérification en lecture seule n’est connue pour cette portée ; Keylink ne peut donc pas la confirmer.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="156"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="183"/>
        <source>%1 accepted the credentials but its answer does not say which account they belong to (expected %2 and %3).</source>
        <translation>%1 a accepté les identifiants, mais sa réponse n’indique pas à quel compte ils appartiennent (attendu : %2 et %3).</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="218"/>
        <source>Keylink could not list the account&apos;s users to confirm %1 (%2); %3 accepted the token, and requests will run as that user.</source>
        <translation>Keylink n’a pas pu lister les utilisateurs du compte pour confirmer %1 (%2) ; %3 a accepté le jeton, et les requêtes s’exécuteront au nom de cet utilisateur.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="233"/>
        <source>%1&apos;s list of users is not in the documented shape (no %2 array).</source>
        <translation>La liste d’utilisateurs de %1 n’a pas la forme documentée (pas de tableau %2).</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="244"/>
        <source>The %1 user %2 is not active. Use the email of an active user in the same %1 account.</source>
        <translation>L’utilisateur %1 %2 n’est pas actif. Utilisez l’adresse e-mail d’un utilisateur actif du même compte %1.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="252"/>
        <source>Requests run as %1 (%2).</source>
        <translation>Les requêtes s’exécutent au nom de %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="267"/>
        <source>Keylink looked through the first %1 pages of users without finding %2; it did not look further.</source>
        <translation>Keylink a parcouru les %1 premières pages d’utilisateurs sans trouver %2 ; il n’a pas cherché plus loin.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/CredentialVerifier.cpp" line="276"/>
        <source>%1 accepted the token, but no user of that %1 account has the email %2. Use the email of an active user in the same account.</source>
        <translation>%1 a accepté le jeton, mais aucun utilisateur de ce compte %1 n’a l’adresse e-mail %2. Utilisez l’adresse e-mail d’un utilisateur actif du même compte.</translation>
    </message>
</context>
<context>
    <name>keylink::DeepLink</name>
    <message>
        <location filename="../src/engine/link/DeepLink.cpp" line="15"/>
        <source>“%1” is not a Keylink link; expected keylink://link/&lt;provider&gt;?method=…&amp;actions=…</source>
        <translation>« %1 » n’est pas un lien Keylink ; attendu : keylink://link/&lt;provider&gt;?method=…&amp;actions=…</translation>
    </message>
    <message>
        <location filename="../src/engine/link/DeepLink.cpp" line="21"/>
        <source>the link names no provider; expected keylink://link/&lt;provider&gt;</source>
        <translation>le lien ne nomme aucun fournisseur ; attendu : keylink://link/&lt;provider&gt;</translation>
    </message>
    <message>
        <location filename="../src/engine/link/DeepLink.cpp" line="33"/>
        <source>the link has an unknown parameter “%1”; expected method, actions and scopes</source>
        <translation>le lien contient un paramètre inconnu « %1 » ; attendus : method, actions et scopes</translation>
    </message>
</context>
<context>
    <name>keylink::DonePage</name>
    <message numerus="yes">
        <location filename="../src/gui/wizard/DonePage.cpp" line="113"/>
        <source>To use the missing scope(s), add them to the token in the %1 dashboard, then select the account in the account list and choose Verify. If %1 cannot change an existing token, create a new one and choose Relink.</source>
        <translation>
            <numerusform>Pour utiliser l’autorisation manquante, ajoutez-la au jeton dans le tableau de bord %1, puis sélectionnez le compte dans la liste et choisissez « Vérifier ». Si %1 ne peut pas modifier un jeton existant, créez-en un nouveau et choisissez « Relier ».</numerusform>
            <numerusform>Pour utiliser les autorisations manquantes, ajoutez-les au jeton dans le tableau de bord %1, puis sélectionnez le compte dans la liste et choisissez « Vérifier ». Si %1 ne peut pas modifier un jeton existant, créez-en un nouveau et choisissez « Relier ».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="128"/>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="128"/>
        <source>Linked, with permissions missing</source>
        <translation>Lié, avec des autorisations manquantes</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="129"/>
        <source>%1 account “%2” is linked</source>
        <translation>Le compte %1 « %2 » est lié</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="132"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="147"/>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="148"/>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/DonePage.cpp" line="149"/>
        <source>Not checked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/DonePage.cpp" line="157"/>
        <source>Show all %n scope(s)</source>
        <translation>
            <numerusform>Afficher %n autorisation</numerusform>
            <numerusform>Afficher les %n autorisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keylink::FailureAdvice</name>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="15"/>
        <source>Check what you entered</source>
        <translation>Vérifiez votre saisie</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="15"/>
        <source>Go back and correct the credentials.</source>
        <translation>Revenez en arrière et corrigez les identifiants.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="18"/>
        <source>%1 rejected the credentials</source>
        <translation>%1 a refusé les identifiants</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="19"/>
        <source>Go back and paste the token again, or create a new one in the %1 dashboard.</source>
        <translation>Revenez en arrière et collez à nouveau le jeton, ou créez-en un nouveau dans le tableau de bord %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="22"/>
        <source>The credentials lack a permission</source>
        <translation>Il manque une autorisation aux identifiants</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="22"/>
        <source>Allow it in the %1 dashboard, then try again.</source>
        <translation>Autorisez-la dans le tableau de bord %1, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="27"/>
        <source>The credentials do not match the account</source>
        <translation>Les identifiants ne correspondent pas au compte</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="28"/>
        <source>Go back and check each field against the %1 dashboard.</source>
        <translation>Revenez en arrière et comparez chaque champ au tableau de bord %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="31"/>
        <source>%1 asks Keylink to wait</source>
        <translation>%1 demande à Keylink de patienter</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="33"/>
        <source>Try again after %1.</source>
        <translation>Réessayez après %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="35"/>
        <source>Wait a minute, then try again.</source>
        <translation>Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="39"/>
        <source>%1 has a problem</source>
        <translation>%1 rencontre un problème</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="40"/>
        <source>The trouble is on %1&apos;s side. Try again in a few minutes.</source>
        <translation>Le problème vient de %1. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="43"/>
        <source>%1 could not be reached</source>
        <translation>%1 est injoignable</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="44"/>
        <source>Check your internet connection and the proxy in Preferences, then try again.</source>
        <translation>Vérifiez votre connexion internet et le proxy dans les préférences, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="47"/>
        <source>The connection is not secure</source>
        <translation>La connexion n’est pas sûre</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="48"/>
        <source>Something on the network intercepts the connection to %1, such as a proxy or a filter. Check the network, then try again.</source>
        <translation>Quelque chose sur le réseau intercepte la connexion à %1, comme un proxy ou un filtre. Vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="54"/>
        <source>%1 did not answer in time</source>
        <translation>%1 n’a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="55"/>
        <source>Check the network, or allow more time in Preferences, then try again.</source>
        <translation>Vérifiez le réseau, ou accordez plus de temps dans les préférences, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="59"/>
        <source>%1 gave an answer Keylink does not understand</source>
        <translation>%1 a donné une réponse que Keylink ne comprend pas</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="60"/>
        <source>Try again later. If it keeps happening, report it with the request id below.</source>
        <translation>Réessayez plus tard. Si cela se reproduit, signalez-le avec l’identifiant de requête ci-dessous.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="63"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="63"/>
        <source>Nothing was saved. Try again when you are ready.</source>
        <translation>Rien n’a été enregistré. Réessayez quand vous êtes prêt.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="74"/>
        <source>Your keychain is locked</source>
        <translation>Votre trousseau est verrouillé</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="74"/>
        <source>Unlock it, then try again. Nothing was saved.</source>
        <translation>Déverrouillez-le, puis réessayez. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="76"/>
        <source>No keychain is available</source>
        <translation>Aucun trousseau n’est disponible</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="77"/>
        <source>Start your desktop&apos;s keychain (such as GNOME Keyring or KWallet), then try again. Nothing was saved.</source>
        <translation>Démarrez le trousseau de votre bureau (comme GNOME Keyring ou KWallet), puis réessayez. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="81"/>
        <source>The keychain did not keep the secret</source>
        <translation>Le trousseau n’a pas conservé le secret</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FailureAdvice.cpp" line="81"/>
        <source>Nothing was saved. Try again.</source>
        <translation>Rien n’a été enregistré. Réessayez.</translation>
    </message>
</context>
<context>
    <name>keylink::FieldsPage</name>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="57"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="83"/>
        <source>Stored in your keychain; paste a new one to replace it</source>
        <translation>Enregistré dans votre trousseau ; collez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="109"/>
        <source>%1:</source>
        <comment>form caption: a field&apos;s name</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="137"/>
        <source>Hide %1</source>
        <translation>Masquer %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="137"/>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/FieldsPage.cpp" line="188"/>
        <source>This token is for %1 (%2).</source>
        <translation>Ce jeton est pour %1 (%2).</translation>
    </message>
</context>
<context>
    <name>keylink::GrantedScopes</name>
    <message>
        <location filename="../src/engine/oauth/GrantedScopes.cpp" line="12"/>
        <source>%1 did not say which scopes it granted.</source>
        <translation>%1 n’a pas indiqué quelles portées il a accordées.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/GrantedScopes.cpp" line="17"/>
        <source>%1 did not grant this scope to the application.</source>
        <translation>%1 n’a pas accordé cette portée à l’application.</translation>
    </message>
</context>
<context>
    <name>keylink::GuidePage</name>
    <message>
        <location filename="../src/gui/wizard/GuidePage.cpp" line="31"/>
        <source>Create the %1 token</source>
        <translation>Créer le jeton %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/GuidePage.cpp" line="54"/>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
</context>
<context>
    <name>keylink::GuideRenderer</name>
    <message>
        <location filename="../src/gui/wizard/GuideRenderer.cpp" line="49"/>
        <source>None of the scopes of this step is needed for your selection.</source>
        <translation>Aucune des portées de cette étape n’est nécessaire pour votre sélection.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/GuideRenderer.cpp" line="60"/>
        <source>Enables actions:</source>
        <translation>Permet les actions :</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/GuideRenderer.cpp" line="66"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>keylink::LegacyAccountList</name>
    <message>
        <location filename="../src/engine/store/LegacyAccountList.cpp" line="18"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide : %1 à l’octet %2</translation>
    </message>
    <message>
        <location filename="../src/engine/store/LegacyAccountList.cpp" line="22"/>
        <source>not a Keylink account list</source>
        <translation>pas une liste de comptes Keylink</translation>
    </message>
    <message>
        <location filename="../src/engine/store/LegacyAccountList.cpp" line="26"/>
        <source>format version %1, this Keylink reads version %2</source>
        <translation>format version %1, ce Keylink lit la version %2</translation>
    </message>
    <message>
        <location filename="../src/engine/store/LegacyAccountList.cpp" line="43"/>
        <source>two accounts share the id %1</source>
        <translation>deux comptes partagent l’identifiant %1</translation>
    </message>
</context>
<context>
    <name>keylink::LinkChanges</name>
    <message>
        <location filename="../src/engine/link/LinkChanges.cpp" line="24"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkChanges.cpp" line="58"/>
        <source>Label: %1 → %2</source>
        <translation>Libellé : %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkChanges.cpp" line="60"/>
        <source>Actions added: %1</source>
        <translation>Actions ajoutées : %1</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkChanges.cpp" line="62"/>
        <source>Actions removed: %1</source>
        <translation>Actions retirées : %1</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkChanges.cpp" line="64"/>
        <source>Scopes added: %1</source>
        <translation>Autorisations ajoutées : %1</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkChanges.cpp" line="66"/>
        <source>Scopes removed: %1</source>
        <translation>Autorisations retirées : %1</translation>
    </message>
</context>
<context>
    <name>keylink::LinkService</name>
    <message numerus="yes">
        <location filename="../src/engine/link/LinkService.cpp" line="46"/>
        <source>%n selected scope(s) missing from the token; the actions that need them will fail.</source>
        <translation>
            <numerusform>%n portée sélectionnée manque au jeton ; les actions qui en ont besoin échoueront.</numerusform>
            <numerusform>%n portées sélectionnées manquent au jeton ; les actions qui en ont besoin échoueront.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="56"/>
        <source>The last check could not finish: %1</source>
        <translation>La dernière vérification n’a pas pu aboutir : %1</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="110"/>
        <location filename="../src/engine/link/LinkService.cpp" line="119"/>
        <location filename="../src/engine/link/LinkService.cpp" line="142"/>
        <location filename="../src/engine/link/LinkService.cpp" line="180"/>
        <location filename="../src/engine/link/LinkService.cpp" line="188"/>
        <location filename="../src/engine/link/LinkService.cpp" line="215"/>
        <source> Nothing was saved.</source>
        <translation> Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="165"/>
        <location filename="../src/engine/link/LinkService.cpp" line="244"/>
        <source>Keylink could not undo the keychain change either: %1</source>
        <translation>Keylink n’a pas non plus pu annuler la modification du trousseau : %1</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="197"/>
        <source>The account %1 was unlinked meanwhile; link it again.</source>
        <translation>Le compte %1 a été délié entre-temps ; liez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="249"/>
        <source>The keychain entry was put back as it was; nothing changed.</source>
        <translation>L’entrée du trousseau a été rétablie ; rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="302"/>
        <source>It may still remove the secret, so Keylink finishes the unlink the next time it starts and the keychain answers.</source>
        <translation>Il peut encore supprimer le secret : Keylink terminera donc la suppression du lien à son prochain démarrage, dès que le trousseau répondra.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="164"/>
        <location filename="../src/engine/link/LinkService.cpp" line="253"/>
        <source>The secret was removed from the keychain again; nothing was linked.</source>
        <translation>Le secret a de nouveau été retiré du trousseau ; rien n’a été lié.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="279"/>
        <location filename="../src/engine/link/LinkService.cpp" line="289"/>
        <location filename="../src/engine/link/LinkService.cpp" line="299"/>
        <source> The account is still linked.</source>
        <translation> Le compte est toujours lié.</translation>
    </message>
    <message>
        <location filename="../src/engine/link/LinkService.cpp" line="312"/>
        <source> The secret is already gone from the keychain; unlink again to remove the account from the list.</source>
        <translation> Le secret a déjà disparu du trousseau ; déliez à nouveau pour retirer le compte de la liste.</translation>
    </message>
</context>
<context>
    <name>keylink::LinkWizard</name>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="26"/>
        <source>Link an account</source>
        <translation>Lier un compte</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="58"/>
        <source>Go back to the previous step</source>
        <translation>Revenir à l’étape précédente</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="61"/>
        <source>Check the credentials with the provider, then keep the secret in your keychain</source>
        <translation>Vérifier les identifiants auprès du fournisseur, puis garder le secret dans votre trousseau</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="62"/>
        <source>Go on to the next step</source>
        <translation>Passer à l’étape suivante</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="63"/>
        <source>Close the wizard without linking anything</source>
        <translation>Fermer l’assistant sans rien lier</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="64"/>
        <source>Close the wizard; the account is linked</source>
        <translation>Fermer l’assistant ; le compte est lié</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="72"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="74"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="75"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="75"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="75"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="76"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="97"/>
        <source>Keylink has no provider “%1”.</source>
        <translation>Keylink ne connaît aucun fournisseur « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="100"/>
        <source>%1 has no sign-in method “%2”.</source>
        <translation>%1 n’a pas de méthode de connexion « %2 ».</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="103"/>
        <source>%1 has no action “%2”.</source>
        <translation>%1 n’a pas d’action « %2 ».</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="106"/>
        <source>%1 has no scope “%2”.</source>
        <translation>%1 n’a pas d’autorisation « %2 ».</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="124"/>
        <source>Keylink no longer knows how to link “%1” accounts.</source>
        <translation>Keylink ne sait plus comment lier les comptes « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/LinkWizard.cpp" line="135"/>
        <source>Relink %1</source>
        <translation>Relier %1</translation>
    </message>
</context>
<context>
    <name>keylink::Linker</name>
    <message>
        <location filename="../src/engine/link/Linker.cpp" line="35"/>
        <source>%1 signs in with OAuth 2: choose how to get the token.</source>
        <translation>%1 se connecte avec OAuth 2 : choisissez comment obtenir le jeton.</translation>
    </message>
</context>
<context>
    <name>keylink::ListFilter</name>
    <message>
        <location filename="../src/gui/accounts/ListFilter.cpp" line="85"/>
        <source>No account matches “%1”.
Press Escape to clear the filter.</source>
        <translation>Aucun compte ne correspond à « %1 ».
Appuyez sur Échap pour effacer le filtre.</translation>
    </message>
</context>
<context>
    <name>keylink::MainWindow</name>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="145"/>
        <source>Providers you can link</source>
        <translation>Fournisseurs que vous pouvez lier</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="152"/>
        <source>Some provider files were skipped:&lt;br&gt;%1</source>
        <translation>Certains fichiers de fournisseurs ont été ignorés :&lt;br&gt;%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/MainWindow.cpp" line="178"/>
        <source>%n linked account(s)</source>
        <translation>
            <numerusform>%n compte lié</numerusform>
            <numerusform>%n comptes liés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="224"/>
        <source>You asked to link another account.</source>
        <translation>Vous avez demandé à lier un autre compte.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="232"/>
        <source>A link to %1 arrived.</source>
        <translation>Un lien vers %1 est arrivé.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="273"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="289"/>
        <source>You asked to relink “%1”.</source>
        <translation>Vous avez demandé à relier « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="229"/>
        <source>Cannot open the link: %1</source>
        <translation>Impossible d’ouvrir le lien : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="322"/>
        <source>Unlinked %1.</source>
        <translation>%1 délié.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="331"/>
        <source>Copied the account id</source>
        <translation>Identifiant du compte copié</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/MainWindow.cpp" line="347"/>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
</context>
<context>
    <name>keylink::OAuthClient</name>
    <message>
        <location filename="../src/engine/oauth/OAuthClient.cpp" line="118"/>
        <source>%1&apos;s token endpoint answered without an access token.</source>
        <translation>Le point de terminaison de jetons de %1 a répondu sans jeton d’accès.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/OAuthClient.cpp" line="122"/>
        <source>%1 said: “%2”</source>
        <translation>%1 a répondu : « %2 »</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/OAuthClient.cpp" line="125"/>
        <source>%1 no longer accepts this sign-in (%2); sign in again.</source>
        <translation>%1 n’accepte plus cette connexion (%2) ; connectez-vous à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/OAuthClient.cpp" line="127"/>
        <source>%1 refused the application&apos;s credentials (%2).</source>
        <translation>%1 a refusé les identifiants de l’application (%2).</translation>
    </message>
</context>
<context>
    <name>keylink::OAuthLink</name>
    <message>
        <location filename="../src/engine/oauth/OAuthLink.cpp" line="74"/>
        <source>%1 also granted: %2.</source>
        <translation>%1 a aussi accordé : %2.</translation>
    </message>
</context>
<context>
    <name>keylink::PermissionList</name>
    <message>
        <location filename="../src/gui/accounts/PermissionList.cpp" line="26"/>
        <source>granted</source>
        <translation>accordée</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/PermissionList.cpp" line="28"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/PermissionList.cpp" line="32"/>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
</context>
<context>
    <name>keylink::PermissionSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="41"/>
        <source>%n scope(s) granted</source>
        <translation>
            <numerusform>%n autorisation accordée</numerusform>
            <numerusform>%n autorisations accordées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="47"/>
        <source>%n scope(s) missing: %1 — anything that needs them will fail</source>
        <translation>
            <numerusform>%n autorisation manquante : %1 — tout ce qui en a besoin échouera</numerusform>
            <numerusform>%n autorisations manquantes : %1 — tout ce qui en a besoin échouera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="48"/>
        <source>%n scope(s) missing: %1 — these actions will not work: %2</source>
        <translation>
            <numerusform>%n autorisation manquante : %1 — ces actions ne fonctionneront pas : %2</numerusform>
            <numerusform>%n autorisations manquantes : %1 — ces actions ne fonctionneront pas : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="53"/>
        <source>%n scope(s) not checkable: %1 offers no read-only check for them</source>
        <translation>
            <numerusform>%n autorisation non vérifiable : %1 n’offre pas de vérification en lecture seule</numerusform>
            <numerusform>%n autorisations non vérifiables : %1 n’offre pas de vérification en lecture seule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="62"/>
        <source>%n scope(s) not checked: %1</source>
        <translation>
            <numerusform>%n autorisation non vérifiée : %1</numerusform>
            <numerusform>%n autorisations non vérifiées : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="64"/>
        <source>%n scope(s) not checked</source>
        <translation>
            <numerusform>%n autorisation non vérifiée</numerusform>
            <numerusform>%n autorisations non vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/wizard/PermissionSummary.cpp" line="66"/>
        <source>%n scope(s) not checked; the list of scopes gives the reason for each</source>
        <translation>
            <numerusform>%n autorisation non vérifiée ; la liste en donne la raison</numerusform>
            <numerusform>%n autorisations non vérifiées ; la liste donne la raison de chacune</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keylink::ProviderAnswer</name>
    <message numerus="yes">
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="24"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="105"/>
        <source>Could not reach %1 at %2 (%3). Check your network connection and proxy settings.</source>
        <translation>Impossible de joindre %1 à %2 (%3). Vérifiez votre connexion réseau et vos réglages de proxy.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="110"/>
        <source>Could not find %1&apos;s server %2. Check your network connection and DNS.</source>
        <translation>Le serveur %2 de %1 est introuvable. Vérifiez votre connexion réseau et le DNS.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="114"/>
        <source>The secure connection to %1 failed: %2. Keylink never sends credentials over a connection it cannot verify; if a proxy inspects your traffic, install its certificate in the system certificate store.</source>
        <translation>La connexion sécurisée à %1 a échoué : %2. Keylink n’envoie jamais d’identifiants sur une connexion qu’il ne peut pas vérifier ; si un proxy inspecte votre trafic, installez son certificat dans le magasin de certificats du système.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="121"/>
        <source>%1 did not answer within %2.</source>
        <translation>%1 n’a pas répondu en %2.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="125"/>
        <source>%1 sent an answer larger than 1 MiB; Keylink stopped reading it.</source>
        <translation>%1 a envoyé une réponse de plus de 1 Mio ; Keylink a cessé de la lire.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="129"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="133"/>
        <source>%1 redirected the request to %2. Keylink does not follow a redirect to another host or to plain HTTP, so your credentials were not sent there.</source>
        <translation>%1 a redirigé la requête vers %2. Keylink ne suit pas de redirection vers un autre hôte ni vers du HTTP non chiffré ; vos identifiants n’y ont donc pas été envoyés.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="135"/>
        <source>an invalid address</source>
        <translation>une adresse non valide</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="144"/>
        <source>%1 said: “%2”</source>
        <translation>%1 a répondu : « %2 »</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="149"/>
        <source>%1 answered with something other than the JSON it documents; Keylink could not read it.</source>
        <translation>%1 a répondu autre chose que le JSON documenté ; Keylink n’a pas pu le lire.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="156"/>
        <source>%1 rejected the credentials: they are wrong, expired or revoked.</source>
        <translation>%1 a refusé les identifiants : ils sont erronés, expirés ou révoqués.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="159"/>
        <source>%1 refused the request: the credentials lack a permission it needs.</source>
        <translation>%1 a refusé la requête : il manque aux identifiants une autorisation nécessaire.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="162"/>
        <source>%1 answered “not found” for %2.</source>
        <translation>%1 a répondu « introuvable » pour %2.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="169"/>
        <source>%1 is limiting requests right now. Try again in %2 (at %3).</source>
        <translation>%1 limite les requêtes en ce moment. Réessayez dans %2 (à %3).</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="172"/>
        <source>%1 is limiting requests right now. Try again in a minute.</source>
        <translation>%1 limite les requêtes en ce moment. Réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="177"/>
        <source>%1 answered with an error page (HTTP %2) instead of data. The service may be having trouble; try again later.</source>
        <translation>%1 a répondu par une page d’erreur (HTTP %2) au lieu de données. Le service rencontre peut-être des difficultés ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="181"/>
        <source>%1 had a problem answering (HTTP %2). Try again later.</source>
        <translation>%1 a eu un problème pour répondre (HTTP %2). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/engine/connect/ProviderAnswer.cpp" line="184"/>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 a refusé la requête (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>keylink::ProxyReport</name>
    <message>
        <location filename="../src/gui/settings/ProxyReport.cpp" line="20"/>
        <source>HTTP proxy %1</source>
        <translation>Proxy HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProxyReport.cpp" line="22"/>
        <source>SOCKS5 proxy %1</source>
        <translation>Proxy SOCKS5 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProxyReport.cpp" line="24"/>
        <source>FTP proxy %1</source>
        <translation>Proxy FTP %1</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/ProxyReport.cpp" line="29"/>
        <source>Direct connection (no proxy)</source>
        <translation>Connexion directe (sans proxy)</translation>
    </message>
</context>
<context>
    <name>keylink::RelativeTime</name>
    <message>
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="13"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="16"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="18"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="20"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="24"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="34"/>
        <source>in %n second(s)</source>
        <translation>
            <numerusform>dans %n seconde</numerusform>
            <numerusform>dans %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="36"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="38"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="39"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="22"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="25"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RelativeTime.cpp" line="32"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
</context>
<context>
    <name>keylink::RenameDialog</name>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="15"/>
        <source>Rename account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="19"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="21"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="22"/>
        <source>The name the account list shows for this account</source>
        <translation>Le nom sous lequel la liste affiche ce compte</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="26"/>
        <source>Only shown in Keylink. The account at the provider stays %1.</source>
        <translation>Visible seulement dans Keylink. Le compte chez le fournisseur reste %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="39"/>
        <source>Close without renaming</source>
        <translation>Fermer sans renommer</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="40"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/RenameDialog.cpp" line="41"/>
        <source>Show the account under the new name</source>
        <translation>Afficher le compte sous le nouveau nom</translation>
    </message>
</context>
<context>
    <name>keylink::ScopesPage</name>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="41"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="41"/>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="42"/>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="42"/>
        <source>Pipe</source>
        <translation>Barre verticale</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="42"/>
        <source>Newline</source>
        <translation>Saut de ligne</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="74"/>
        <source>Pick the actions you want; the scopes follow, and the guide adapts.</source>
        <translation>Choisissez les actions voulues ; les portées suivent et le guide s’adapte.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/ScopesPage.cpp" line="75"/>
        <source>Pick the scopes the token needs; the guide adapts.</source>
        <translation>Choisissez les portées dont le jeton a besoin ; le guide s’adapte.</translation>
    </message>
</context>
<context>
    <name>keylink::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="17"/>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="21"/>
        <source>Keep these preferences</source>
        <translation>Garder ces préférences</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="22"/>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien changer</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="24"/>
        <source>Put back the values Keylink starts with</source>
        <translation>Rétablir les valeurs de départ de Keylink</translation>
    </message>
</context>
<context>
    <name>keylink::Spinner</name>
    <message>
        <location filename="../src/gui/widgets/Spinner.cpp" line="18"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>keylink::StepList</name>
    <message>
        <location filename="../src/gui/wizard/StepList.cpp" line="17"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/StepList.cpp" line="81"/>
        <source>current step</source>
        <translation>étape en cours</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/StepList.cpp" line="81"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/StepList.cpp" line="81"/>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/StepList.cpp" line="82"/>
        <location filename="../src/gui/wizard/StepList.cpp" line="86"/>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>keylink::TokenRefresher</name>
    <message>
        <location filename="../src/engine/oauth/TokenRefresher.cpp" line="56"/>
        <source>The new sign-in is still waiting to be saved: %1</source>
        <translation>La nouvelle connexion attend encore d’être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/TokenRefresher.cpp" line="119"/>
        <source>Account %1 does not sign in with OAuth.</source>
        <translation>Le compte %1 ne se connecte pas avec OAuth.</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/TokenRefresher.cpp" line="138"/>
        <source>Sign in again: %1</source>
        <translation>Connectez-vous à nouveau : %1</translation>
    </message>
    <message>
        <location filename="../src/engine/oauth/TokenRefresher.cpp" line="162"/>
        <source>The access token was refreshed, but the keychain did not take the new tokens (%1). Keylink keeps them and saves them on the next try.</source>
        <translation>Le jeton d’accès a été renouvelé, mais le trousseau n’a pas accepté les nouveaux jetons (%1). Keylink les garde et les enregistrera à la prochaine tentative.</translation>
    </message>
</context>
<context>
    <name>keylink::UnlinkConfirmation</name>
    <message>
        <location filename="../src/gui/accounts/UnlinkConfirmation.cpp" line="13"/>
        <source>Unlink “%1”?</source>
        <translation>Délier « %1 » ?</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/UnlinkConfirmation.cpp" line="17"/>
        <source>Keylink removes its secret from your keychain and the account from this list. The token itself stays valid at %1 until you revoke it there.</source>
        <translation>Keylink retire son secret de votre trousseau et le compte de cette liste. Le jeton lui-même reste valide chez %1 jusqu’à ce que vous le révoquiez là-bas.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/UnlinkConfirmation.cpp" line="22"/>
        <source>Keep the account linked</source>
        <translation>Garder le compte lié</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/UnlinkConfirmation.cpp" line="25"/>
        <source>&amp;Unlink</source>
        <translation>&amp;Délier</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/UnlinkConfirmation.cpp" line="27"/>
        <source>Remove the secret from the keychain and the account from Keylink</source>
        <translation>Retirer le secret du trousseau et le compte de Keylink</translation>
    </message>
</context>
<context>
    <name>keylink::VerifyAllProgress</name>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="28"/>
        <source>Verification progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="29"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="30"/>
        <source>Check no more accounts; those being checked finish</source>
        <translation>Ne plus vérifier d’autres comptes ; ceux en cours se terminent</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="85"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="86"/>
        <source>Checking %1 of %2…</source>
        <translation>Vérification de %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="121"/>
        <source>%n verified</source>
        <translation>
            <numerusform>%n vérifié</numerusform>
            <numerusform>%n vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="123"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n demande votre attention</numerusform>
            <numerusform>%n demandent votre attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="125"/>
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n n’a pas pu être vérifié</numerusform>
            <numerusform>%n n’ont pas pu être vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="127"/>
        <source>No account was checked.</source>
        <translation>Aucun compte n’a été vérifié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="128"/>
        <source>%n checked: %1</source>
        <translation>
            <numerusform>%n vérifié : %1</numerusform>
            <numerusform>%n vérifiés : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/VerifyAllProgress.cpp" line="130"/>
        <source>Stopped. %1</source>
        <translation>Arrêté. %1</translation>
    </message>
</context>
<context>
    <name>keylink::WizardSlot</name>
    <message>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="55"/>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="62"/>
        <source>%1 Starting it closes this wizard and discards what you have entered here.</source>
        <translation>%1 La démarrer ferme cet assistant et abandonne ce que vous y avez saisi.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="58"/>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="59"/>
        <source>Replace the link in progress?</source>
        <translation>Remplacer la liaison en cours ?</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="63"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="64"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="65"/>
        <source>Go on with the wizard that is open; the new request is dropped</source>
        <translation>Continuer avec l’assistant ouvert ; la nouvelle demande est abandonnée</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/WizardSlot.cpp" line="66"/>
        <source>Close this wizard, discarding what it holds, and start the new request</source>
        <translation>Fermer cet assistant, abandonner son contenu et démarrer la nouvelle demande</translation>
    </message>
</context>
</TS>
