"""Qt machinery with no screen of its own.

Start-up (``launch``), the screen language (``i18n``), the look (``theme``), printing and
receipt actions, accessibility helpers, the words for coded values (``labels``), reading Qt
values safely (``qt_values``), the sync thread (``sync_controller``), the adapter that
announces changes to records (``operations``) and the window's remembered place
(``window_placement``). Nothing here builds a screen or a dialog.
"""
