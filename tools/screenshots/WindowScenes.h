#pragma once

class Tour;

// The main window: empty, then with one account of each provider in every
// state and the details pane; Preferences.
class WindowScenes
{
public:
    explicit WindowScenes(Tour &tour);
    bool empty();
    bool accounts();
    bool preferences();

private:
    Tour &m_tour;
};
