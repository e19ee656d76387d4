"""The desk's Qt user interface: the only package that imports PySide6.

Let the folder say what a file is:

- ``screens/``  what the main window shows: the intake form, the queue, the status bar;
- ``dialogs/``  windows that open over it: receipt, record, correction, settings;
- ``plumbing/`` Qt machinery with no screen of its own: start-up, translations, theme,
  printing, accessibility helpers, the sync thread and the adapter that announces changes.

``main_window.py`` puts the screens together; ``launch.py`` is the entry the command line
calls. Screens talk to the services (through ``plumbing.operations`` for anything that
changes records), never to SQL, HTTP or the store.
"""
