/**
 * The dictionaries the toolbar popup registers: its own strings and the shared entry components'
 * (popup.ts), and the common labels (categories, fit, figures). Not the catalogue page's or the
 * hover card's: a unit test checks every key the popup's components use is in these.
 */
import * as common from '../i18n/messages/common';
import * as popup from '../i18n/messages/popup';

export const POPUP_DICTIONARIES = [common, popup] as const;
