#pragma once

class Tour;

// The wizard's pages: Front from provider to done, Easyship's scopes and
// OAuth pages, a rejected token.
class WizardScenes
{
public:
    explicit WizardScenes(Tour &tour);
    bool front();
    bool easyship();
    bool rejected();

private:
    Tour &m_tour;
};
