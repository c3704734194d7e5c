import { browser } from 'wxt/browser';
import { databaseReady } from './database-ready';

/** Seed on install and update (the version check inside makes a repeat cheap), and at start-up. */
export function setUpSeeding(): void {
  browser.runtime.onInstalled.addListener(() => void databaseReady());
  void databaseReady();
}
